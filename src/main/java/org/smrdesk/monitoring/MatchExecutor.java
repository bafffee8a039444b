package org.smrdesk.monitoring;

import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.search.Query;

import org.springframework.stereotype.Component;

/**
 * Runs {@link QueryMatcher#match} on its own threads, so that an ingest can write a batch
 * to PostgreSQL while its items are matched: the app's CPU and the database's overlap
 * instead of taking turns. One thread per processor; matching touches no database.
 */
@Component
class MatchExecutor {

	private final AtomicInteger threads = new AtomicInteger();

	private final ExecutorService executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
			(task) -> {
				Thread thread = new Thread(task, "mention-matcher-" + this.threads.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});

	/**
	 * Starts matching.
	 * @param docs the items
	 * @param queries the active queries
	 * @return the matches to come, as {@link QueryMatcher#match} answers them
	 */
	Future<Map<Long, BitSet>> match(List<QueryMatcher.Doc> docs, Map<Long, Query> queries) {
		return this.executor.submit(() -> QueryMatcher.match(docs, queries));
	}

	/**
	 * Waits for matches started with {@link #match} and keeps those of some items.
	 * @param matching the matches to come
	 * @param kept the positions of the items whose matches count (the new mentions)
	 * @return the matches by query, numbered by position among the kept items, queries
	 * left without any match left out
	 */
	Map<Long, BitSet> await(Future<Map<Long, BitSet>> matching, BitSet kept) {
		Map<Long, BitSet> matches = await(matching);
		int[] position = new int[kept.length()];
		Arrays.fill(position, -1);
		int next = 0;
		for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
			position[i] = next++;
		}
		Map<Long, BitSet> result = new LinkedHashMap<>();
		matches.forEach((queryId, hits) -> {
			BitSet renumbered = new BitSet();
			hits.stream()
				.filter((i) -> i < position.length && position[i] >= 0)
				.forEach((i) -> renumbered.set(position[i]));
			if (!renumbered.isEmpty()) {
				result.put(queryId, renumbered);
			}
		});
		return result;
	}

	private static Map<Long, BitSet> await(Future<Map<Long, BitSet>> matching) {
		try {
			return matching.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			matching.cancel(true);
			throw new IllegalStateException("Interrupted while matching mentions", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@PreDestroy
	void shutdown() {
		this.executor.shutdownNow();
	}

}
