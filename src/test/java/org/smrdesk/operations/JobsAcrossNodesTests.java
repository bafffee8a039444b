package org.smrdesk.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smrdesk.TestData;
import org.smrdesk.core.ScheduledJobs;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background jobs on two nodes: each runs once across both for the same due work, a
 * failing one is retried with backoff, and the lead's jobs page (on either node) shows
 * every job's last run, next run and last error; the runs are timed in the Prometheus
 * endpoint.
 */
class JobsAcrossNodesTests {

	static AppNode a;

	static AppNode b;

	static JdbcTemplate jdbc;

	@BeforeAll
	static void nodes() {
		TwoNodes nodes = TwoNodes.get();
		a = nodes.a;
		b = nodes.b;
		jdbc = nodes.jdbc;
	}

	@Test
	void everyJobStartedOnBothNodesAtOnceRunsOnce() throws Exception {
		List<String> jobs = a.bean(ScheduledJobs.class)
			.jobs()
			.stream()
			.map(ScheduledJobs.Job::name)
			.filter((name) -> !name.startsWith("test-"))
			.toList();
		assertThat(jobs).contains("monitoring-poll", "monitoring-spikes", "audit-seal", "audit-integrity-check",
				"notification-mail-sender", "notification-reminders", "notification-daily-digest", "webhook-deliveries",
				"monitoring-poll-log-prune");
		assertThat(b.bean(ScheduledJobs.class).jobs()).hasSameSizeAs(a.bean(ScheduledJobs.class).jobs());
		for (String job : jobs) {
			release(job);
			long before = runs(job);
			runOnBothAtOnce(job);
			assertThat(runs(job)).as(job + " runs across both nodes").isEqualTo(before + 1);
		}
	}

	@Test
	void aDueFeedIsFetchedOnceWhenBothNodesPollAtOnce() throws Exception {
		AtomicInteger fetches = new AtomicInteger();
		HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		feed.createContext("/feed.xml", (exchange) -> {
			fetches.incrementAndGet();
			byte[] body = """
					<?xml version="1.0"?><rss version="2.0"><channel><title>Two nodes</title><link>http://x</link>
					<description>d</description><item><title>Once only</title><link>http://x/1</link>
					<guid>two-nodes-1</guid></item></channel></rss>""".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		feed.start();
		try {
			TestData.monitoringSource("Two nodes feed")
				.with("kind", "FEED")
				.with("url", "http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml")
				.sql("next_poll_at", "now() - interval '1 minute'")
				.insert(jdbc);
			release("monitoring-poll");
			runOnBothAtOnce("monitoring-poll");
			// a second round a moment later (the lock released): the source is not due
			// again
			release("monitoring-poll");
			runOnBothAtOnce("monitoring-poll");
			assertThat(fetches.get()).isEqualTo(1);
			assertThat(jdbc.queryForObject(
					"select count(*) from monitoring_poll_log l join monitoring_sources s on s.id = l.source_id "
							+ "where s.name = 'Two nodes feed'",
					Integer.class))
				.isEqualTo(1);
		}
		finally {
			feed.stop(0);
		}
	}

	@Test
	void aFailingJobIsRetriedWithBackoffAndTheJobsPageShowsItsError() throws Exception {
		java.time.Instant failedAt = java.time.Instant.now();
		try {
			a.bean(ScheduledJobs.class).runNow("test-flaky");
		}
		catch (IllegalStateException expected) {
			// the first run fails; its retry is scheduled
		}
		java.sql.Timestamp retryAt = jdbc.queryForObject("select retry_at from job_runs where job_name = 'test-flaky'",
				java.sql.Timestamp.class);
		assertThat(retryAt).isNotNull();
		assertThat(retryAt.toInstant()).isAfter(failedAt.plusMillis(1400));
		awaitUntil(() -> "SUCCEEDED".equals(outcome("test-flaky")), Duration.ofSeconds(30));
		// two retries: after the backoff, then after twice the backoff
		assertThat(TestJobs.FLAKY_CALLS.get()).isEqualTo(3);
		assertThat(jdbc.queryForMap("select runs, failures, consecutive_failures from job_runs where job_name = ?",
				"test-flaky"))
			.containsEntry("runs", 3L)
			.containsEntry("failures", 2L)
			.containsEntry("consecutive_failures", 0);
		Browser lead = new Browser();
		lead.signIn(b.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		String page = lead.get(b.url("/jobs")).body();
		assertThat(page).contains("test-flaky", "IllegalStateException: feed server down (call 2)",
				"2 of 3 runs, 0 in a row");
	}

	@Test
	void aJobThatKeepsFailingStopsAfterItsAttemptsAndStaysRedOnTheJobsPage() throws Exception {
		try {
			b.bean(ScheduledJobs.class).runNow("test-broken");
		}
		catch (IllegalArgumentException expected) {
			// retried twice, then left for its next scheduled run
		}
		awaitUntil(() -> consecutiveFailures("test-broken") == 3, Duration.ofSeconds(30));
		Thread.sleep(500);
		assertThat(TestJobs.BROKEN_CALLS.get()).isEqualTo(3);
		Browser lead = new Browser();
		lead.signIn(a.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		String page = lead.get(a.url("/jobs")).body();
		assertThat(page).contains("IllegalArgumentException: mail relay refuses &lt;us&gt;", "table-danger",
				"3 of 3 runs, 3 in a row");
		assertThat(page).contains("monitoring-poll", "audit-seal", "PollScheduler.pollDueSources");
	}

	@Test
	void jobRunsMailAndWebhooksAreInThePrometheusEndpointForTheLeadOnly() throws Exception {
		release("audit-seal");
		a.bean(ScheduledJobs.class).runNow("audit-seal");
		Browser lead = new Browser();
		lead.signIn(a.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		String metrics = lead.get(a.url("/actuator/prometheus")).body();
		assertThat(metrics).contains("smr_jobs_runs_seconds_count{job=\"audit-seal\",outcome=\"success\"",
				"smr_monitoring_sources{state=\"failing\"}", "smr_mail_outbox{status=\"queued\"}",
				"smr_mail_sends_total{outcome=\"failed\"}", "smr_webhooks_queued ",
				"smr_webhooks_deliveries_total{outcome=\"delivered\"}");
		assertThat(new Browser().get(a.url("/actuator/prometheus")).statusCode()).isIn(302, 401);
	}

	/**
	 * Time passes: the job's lock (held at least a second after a run) is free again.
	 * (Deleting the row would not do: ShedLock remembers that it exists.)
	 * @param job the job
	 */
	static void release(String job) {
		jdbc.update("update shedlock set lock_until = timestamp '2000-01-01' where name = ?", job);
	}

	static long runs(String job) {
		List<Long> runs = jdbc.queryForList("select runs from job_runs where job_name = ?", Long.class, job);
		return runs.isEmpty() ? 0 : runs.get(0);
	}

	static String outcome(String job) {
		List<String> outcome = jdbc.queryForList("select last_outcome from job_runs where job_name = ?", String.class,
				job);
		return outcome.isEmpty() ? null : outcome.get(0);
	}

	static int consecutiveFailures(String job) {
		List<Integer> failures = jdbc.queryForList("select consecutive_failures from job_runs where job_name = ?",
				Integer.class, job);
		return failures.isEmpty() ? 0 : failures.get(0);
	}

	static void awaitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("Not reached within " + limit);
			}
			Thread.sleep(100);
		}
	}

	static void runOnBothAtOnce(String job) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<?>> done = new ArrayList<>();
			for (AppNode node : List.of(a, b)) {
				done.add(pool.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					node.bean(ScheduledJobs.class).runNow(job);
					return null;
				}));
			}
			for (Future<?> each : done) {
				each.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
