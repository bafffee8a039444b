package org.smrdesk.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls one source: fetches outside any transaction, then records the answer, the new
 * mentions and the poll log in one. 200 stores the items and the cache validators; 304
 * changes nothing; 301/308 update the stored address; 429 waits as told; 410 disables the
 * source; anything else is a failure with exponential backoff.
 */
@Component
class SourcePoller {

	private static final Logger logger = LoggerFactory.getLogger(SourcePoller.class);

	/**
	 * The most pages one poll reads from an API that pages (the rest waits for the next
	 * poll).
	 */
	static final int MAX_PAGES = 10;

	private final SourceRepository sources;

	private final HttpFetcher fetcher;

	private final MentionIngest ingest;

	private final SpikeDetector spikes;

	private final Map<SourceKind, SourceAdapter> adapters;

	private final MonitoringProperties properties;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SourcePoller(SourceRepository sources, HttpFetcher fetcher, MentionIngest ingest, SpikeDetector spikes,
			List<SourceAdapter> adapters, MonitoringProperties properties, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.sources = sources;
		this.fetcher = fetcher;
		this.ingest = ingest;
		this.spikes = spikes;
		this.adapters = adapters.stream().collect(Collectors.toMap(SourceAdapter::kind, Function.identity()));
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Polls a source now.
	 * @param sourceId the source
	 * @return what happened
	 */
	PollOutcome poll(long sourceId) {
		Source snapshot = this.transactions.execute((status) -> this.sources.findById(sourceId).orElse(null));
		if (snapshot == null) {
			return new PollOutcome("ERROR", null, 0, 0, "No such source");
		}
		SourceAdapter adapter = this.adapters.get(snapshot.getKind());
		if (adapter == null) {
			return new PollOutcome("ERROR", null, 0, 0, "This kind of source is not polled");
		}
		long started = System.nanoTime();
		HttpFetcher.Fetched answer = null;
		SourceAdapter.Parsed parsed = null;
		String error = null;
		try {
			answer = this.fetcher.fetch(adapter.requestUrl(snapshot), adapter.conditional() ? snapshot.getEtag() : null,
					adapter.conditional() ? snapshot.getLastModified() : null, adapter.accept());
			if (answer.status() == 200) {
				parsed = adapter.parse(answer, snapshot);
				for (int page = 1; parsed.nextUrl() != null && page < MAX_PAGES; page++) {
					HttpFetcher.Fetched more = this.fetcher.fetch(parsed.nextUrl(), null, null, adapter.accept());
					if (more.status() != 200) {
						break;
					}
					parsed = parsed.followedBy(adapter.parse(more, snapshot));
				}
			}
		}
		catch (FetchException ex) {
			error = ex.getMessage();
		}
		catch (RuntimeException ex) {
			logger.warn("Polling source {} failed", sourceId, ex);
			error = "Unexpected error: " + ex.getClass().getSimpleName();
		}
		int durationMs = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
		HttpFetcher.Fetched finalAnswer = answer;
		SourceAdapter.Parsed finalParsed = parsed;
		String finalError = error;
		PollOutcome outcome = this.transactions
			.execute((status) -> record(sourceId, finalAnswer, finalParsed, finalError, durationMs));
		if (outcome.created() > 0) {
			this.spikes.check();
		}
		return outcome;
	}

	private PollOutcome record(long sourceId, HttpFetcher.Fetched answer, SourceAdapter.Parsed parsed, String error,
			int durationMs) {
		Source source = this.sources.findById(sourceId).orElseThrow();
		Instant now = this.clock.instant();
		Duration maxBackoff = this.properties.maxBackoff();
		PollOutcome outcome;
		if (answer != null && answer.movedTo() != null) {
			source.movedTo(answer.movedTo());
		}
		if (error != null) {
			source.failed(now, error, maxBackoff);
			outcome = new PollOutcome("ERROR", (answer != null) ? answer.status() : null, 0, 0, error);
		}
		else if (answer.status() == 200) {
			MentionIngest.Result result = this.ingest.ingest(sourceId, source.getUrl(), parsed.items(), true);
			source.cacheValidators(answer.header("ETag"), answer.header("Last-Modified"));
			if (parsed.cursor() != null) {
				source.setCursor(parsed.cursor());
			}
			source.succeeded(now);
			outcome = new PollOutcome((answer.movedTo() != null) ? "MOVED" : "OK", 200, result.fetched(),
					result.created(),
					(answer.movedTo() != null) ? "Moved permanently to " + answer.movedTo() : parsed.warning());
		}
		else if (answer.status() == 304) {
			source.succeeded(now);
			outcome = new PollOutcome("NOT_MODIFIED", 304, 0, 0, null);
		}
		else if (answer.status() == 429 || answer.status() == 503 && answer.header("Retry-After") != null) {
			Instant retry = this.fetcher.retryAfter(answer.headers());
			String message = "Rate limited (" + answer.status() + "); next try at " + retry;
			source.rateLimited(now, retry, message);
			outcome = new PollOutcome("RATE_LIMITED", answer.status(), 0, 0, message);
		}
		else if (answer.status() == 410) {
			String message = "The server says the feed is gone for good (410); the source is disabled";
			source.gone(now, message);
			outcome = new PollOutcome("GONE", 410, 0, 0, message);
		}
		else {
			String message = "The server answered " + answer.status();
			source.failed(now, message, maxBackoff);
			outcome = new PollOutcome("ERROR", answer.status(), 0, 0, message);
		}
		this.jdbc.update("""
				insert into monitoring_poll_log (source_id, polled_at, outcome, http_status, fetched, new_items,
				                                 message, duration_ms)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", sourceId, QueryRegistry.ts(now), outcome.outcome(),
				outcome.httpStatus(), outcome.fetched(), outcome.created(), outcome.message(), durationMs);
		return outcome;
	}

}
