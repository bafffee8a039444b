package org.smrdesk.monitoring;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.benchmark.CpuMeter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest throughput, on demand
 * ({@code ./mvnw test -Dtest.excludedGroups= -Dtest=IngestBenchmarkTests}): 100,000 items
 * against 1,000 active queries, end to end into PostgreSQL (dedup, matching, sightings,
 * matches, daily counts), in batches of 1,000 as polls deliver them, one after the other
 * in one thread as the poll scheduler does. Prints the wall-clock items per second (the
 * target is at least 5,000, on an idle machine: the load average is printed beside it)
 * and the CPU seconds of the app and of PostgreSQL, whose sum bounds the wall clock from
 * below.
 */
@IntegrationTest
@Tag("benchmark")
class IngestBenchmarkTests {

	private static final String[] WORDS = { "kestrel", "hub", "outage", "refund", "delivery", "kettle", "shieldlock",
			"marketplace", "review", "support", "price", "launch", "recall", "harrier", "lock", "bike", "soap", "app",
			"update", "battery", "warranty", "store", "order", "late", "great", "broken", "fast", "quiet", "smart" };

	@Autowired
	private MentionIngest ingest;

	/**
	 * CPU time of the threads that ingest: this one and the matcher's
	 * ({@link MatchExecutor}), which matches a batch while this one writes it.
	 */
	private static long ingestCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long nanos = threads.getCurrentThreadCpuTime();
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("mention-matcher-")) {
				nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return nanos;
	}

	private static String brand(int q) {
		return "brand" + Integer.toString(q % 1000, 36) + "x";
	}

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void ingests100000ItemsAgainst1000Queries() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Random random = new Random(7);
		for (int q = 0; q < 1000; q++) {
			// each query watches its own name (a brand, product or person), as real ones
			// do
			String brand = brand(q);
			String query = switch (q % 5) {
				case 0 -> brand + " AND " + WORDS[q % WORDS.length];
				case 1 -> "\"" + brand + " " + WORDS[(q + 3) % WORDS.length] + "\"";
				case 2 -> brand + " NEAR/3 " + WORDS[(q + 7) % WORDS.length];
				case 3 -> brand + "* -" + WORDS[(q + 1) % WORDS.length];
				default -> "(" + brand + " OR " + brand(q + 1) + ") AND title:" + WORDS[(q + 5) % WORDS.length];
			};
			this.jdbc.update("""
					insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
					values (?, ?, 'BRAND', now(), 'bench', now(), 'bench')""", "bench " + run + " " + q, query);
		}
		long source = TestData.monitoringSource("bench " + run)
			.with("url", "https://bench.example/")
			.with("next_poll_at", Timestamp.from(Instant.now().plusSeconds(86400)))
			.insert(this.jdbc);
		int total = 100_000;
		int batch = 1_000;
		List<List<FetchedItem>> batches = new ArrayList<>();
		for (int b = 0; b < total / batch; b++) {
			List<FetchedItem> items = new ArrayList<>(batch);
			for (int i = 0; i < batch; i++) {
				StringBuilder text = new StringBuilder();
				for (int w = 0; w < 40; w++) {
					// a few of the watched names among everyday words
					text.append((w % 13 == 5) ? brand(random.nextInt(1000)) : WORDS[random.nextInt(WORDS.length)])
						.append(' ');
				}
				String id = run + "-" + b + "-" + i;
				items.add(
						new FetchedItem(null, "https://bench.example/" + id,
								WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
										+ id,
								"<p>" + text + "</p>", "author" + (i % 50), null,
								Instant.now().minusSeconds(random.nextInt(86400 * 30))));
			}
			batches.add(items);
		}
		// warm up: parse the queries, load the classes
		this.ingest.ingest(source, "https://bench.example/", List
			.of(new FetchedItem(null, "https://bench.example/" + run + "-warm", "warm", "up", null, null, null)), true);
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		CpuMeter meter = new CpuMeter(this.jdbc.queryForObject("select current_database()", String.class));
		CpuMeter.Reading before = meter.read();
		long cpu = ingestCpuNanos();
		long started = System.nanoTime();
		int created = 0;
		for (List<FetchedItem> items : batches) {
			created += this.ingest.ingest(source, "https://bench.example/", items, true).created();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		double appCpu = (ingestCpuNanos() - cpu) / 1e9;
		double databaseCpu = meter.read().minus(before).postgres() / 1e9;
		Long matches = this.jdbc.queryForObject(
				"select count(*) from mention_matches mm join mentions m on m.id = mm.mention_id where m.source_id = ?",
				Long.class, source);
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.printf(
				"INGEST WALL CLOCK: %d items against 1,000 queries in %.1f s = %.0f items/s (target 5,000; %.1f matches per item; load average %.1f before, %.1f after on %d cores)%n",
				total, seconds, total / seconds, matches / (double) total, loadBefore, loadAfter,
				Runtime.getRuntime().availableProcessors());
		if (databaseCpu > 0) {
			// one poll writes in one thread while another matches (MatchExecutor): on an
			// idle machine the wall clock is at most the sum of the two, less where they
			// overlap
			System.out.printf(
					"INGEST CPU: %.1f s in the app (ingesting and matching threads) + %.1f s in PostgreSQL = %.0f items per CPU second (an idle machine reaches at least this wall-clock rate; %.0f %% of the wall clock was CPU)%n",
					appCpu, databaseCpu, total / (appCpu + databaseCpu), 100 * (appCpu + databaseCpu) / seconds);
		}
		assertThat(created).isEqualTo(total);
	}

}
