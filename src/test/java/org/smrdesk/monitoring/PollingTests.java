package org.smrdesk.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Polling against a real HTTP server on 127.0.0.1: conditional GET, rate limits,
 * redirects, gone feeds, backoff, size and time limits, the SSRF guard, dedup across
 * sources, Mastodon and Hacker News paging, and two schedulers claiming due sources.
 */
@IntegrationTest
class PollingTests {

	@Autowired
	private MonitoringService monitoring;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private Clock clock;

	@Autowired
	private PollLogPruner pruner;

	private FeedServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new FeedServer();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void anUnchangedFeedAnswers304ToItsETagAndAddsNothing() throws Exception {
		byte[] feed = uniqueFeed(4);
		this.server.on("/feed", (exchange) -> {
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				FeedServer.send(exchange, 304, null, null, Map.of("ETag", "\"v1\""));
			}
			else {
				FeedServer.send(exchange, 200, "application/rss+xml", feed, Map.of("ETag", "\"v1\""));
			}
		});
		Source source = source("/feed");
		PollOutcome first = this.monitoring.pollNow(source.getId());
		assertThat(first.outcome()).isEqualTo("OK");
		assertThat(first.fetched()).isEqualTo(4);
		assertThat(first.created()).isEqualTo(4);
		PollOutcome second = this.monitoring.pollNow(source.getId());
		assertThat(second.outcome()).isEqualTo("NOT_MODIFIED");
		assertThat(second.httpStatus()).isEqualTo(304);
		assertThat(second.created()).isZero();
		assertThat(this.server.requestsTo("/feed").get(1).getRequestHeaders().getFirst("If-None-Match"))
			.isEqualTo("\"v1\"");
		Source after = this.monitoring.source(source.getId());
		assertThat(after.getLastSuccessAt()).isNotNull();
		assertThat(after.getConsecutiveFailures()).isZero();
		assertThat(this.monitoring.pollLog(source.getId(), 10)).extracting(MonitoringService.PollLogLine::outcome)
			.containsExactly("NOT_MODIFIED", "OK");
	}

	@Test
	void theSameStoryFromTwoSourcesIsOneMentionWithTwoSightingsAndRepollingAddsNothing() throws Exception {
		byte[] feed = FeedAdapterTests.bytes("/monitoring/feeds/atom_1.0.xml");
		this.server.serve("/a", 200, "application/atom+xml", feed, Map.of());
		this.server.serve("/b", 200, "application/atom+xml", feed, Map.of());
		Source a = source("/a");
		Source b = source("/b");
		int before = count("select count(*) from mentions");
		PollOutcome first = this.monitoring.pollNow(a.getId());
		PollOutcome again = this.monitoring.pollNow(a.getId());
		PollOutcome other = this.monitoring.pollNow(b.getId());
		assertThat(first.fetched()).isEqualTo(2);
		assertThat(again.created()).isZero();
		assertThat(other.fetched()).isEqualTo(2);
		assertThat(other.created()).isZero();
		assertThat(count("select count(*) from mentions")).isEqualTo(before + first.created());
		assertThat(count("""
				select count(*) from mention_sightings s join mention_sightings t on t.mention_id = s.mention_id
				where s.source_id = ? and t.source_id = ?""", a.getId(), b.getId())).isEqualTo(2);
	}

	@Test
	void aRateLimitIsHonouredInSecondsWithoutCountingAFailure() {
		this.server.serve("/busy", 429, "text/plain", "slow down".getBytes(), Map.of("Retry-After", "120"));
		Source source = source("/busy");
		Instant before = Instant.now();
		PollOutcome outcome = this.monitoring.pollNow(source.getId());
		assertThat(outcome.outcome()).isEqualTo("RATE_LIMITED");
		Source after = this.monitoring.source(source.getId());
		assertThat(after.getConsecutiveFailures()).isZero();
		assertThat(after.getNextPollAt()).isBetween(before.plusSeconds(118), Instant.now().plusSeconds(121));
		assertThat(after.getLastError()).contains("429");
	}

	@Test
	void aRateLimitIsHonouredAsAnHttpDate() {
		ZonedDateTime retry = ZonedDateTime.now(ZoneOffset.UTC).plusHours(2).truncatedTo(ChronoUnit.SECONDS);
		this.server.serve("/busy-date", 429, "text/plain", new byte[0],
				Map.of("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(retry)));
		Source source = source("/busy-date");
		this.monitoring.pollNow(source.getId());
		assertThat(this.monitoring.source(source.getId()).getNextPollAt()).isEqualTo(retry.toInstant());
	}

	@Test
	void aPermanentRedirectUpdatesTheStoredAddressAndATemporaryOneDoesNot() throws Exception {
		byte[] feed = FeedAdapterTests.bytes("/monitoring/feeds/rss_1.0.xml");
		this.server.serve("/new", 200, "application/rdf+xml", feed, Map.of());
		this.server.serve("/old", 301, null, new byte[0], Map.of("Location", "/new"));
		this.server.serve("/moved-for-now", 302, null, new byte[0], Map.of("Location", this.server.url("/new")));
		Source moved = source("/old");
		PollOutcome outcome = this.monitoring.pollNow(moved.getId());
		assertThat(outcome.outcome()).isEqualTo("MOVED");
		assertThat(outcome.fetched()).isEqualTo(2);
		assertThat(this.monitoring.source(moved.getId()).getUrl()).isEqualTo(this.server.url("/new"));
		Source temporary = source("/moved-for-now");
		assertThat(this.monitoring.pollNow(temporary.getId()).outcome()).isEqualTo("OK");
		assertThat(this.monitoring.source(temporary.getId()).getUrl()).isEqualTo(this.server.url("/moved-for-now"));
	}

	@Test
	void endlessRedirectsStopWithAClearError() {
		this.server.serve("/loop", 302, null, new byte[0], Map.of("Location", "/loop"));
		Source source = source("/loop");
		PollOutcome outcome = this.monitoring.pollNow(source.getId());
		assertThat(outcome.outcome()).isEqualTo("ERROR");
		assertThat(outcome.message()).contains("Too many redirects");
	}

	@Test
	void aGoneFeedDisablesTheSourceWithTheReason() {
		this.server.serve("/gone", 410, "text/plain", "gone".getBytes(), Map.of());
		Source source = source("/gone");
		assertThat(this.monitoring.pollNow(source.getId()).outcome()).isEqualTo("GONE");
		Source after = this.monitoring.source(source.getId());
		assertThat(after.isEnabled()).isFalse();
		assertThat(after.getDisabledReason()).contains("410");
	}

	@Test
	void repeatedServerErrorsBackOffExponentiallyAndKeepSayingSinceWhen() {
		this.server.serve("/broken", 500, "text/plain", "oops".getBytes(), Map.of());
		Source source = source("/broken");
		Instant failingSince = null;
		for (int failure = 1; failure <= 4; failure++) {
			Instant before = Instant.now();
			PollOutcome outcome = this.monitoring.pollNow(source.getId());
			assertThat(outcome.outcome()).isEqualTo("ERROR");
			Source after = this.monitoring.source(source.getId());
			assertThat(after.getConsecutiveFailures()).isEqualTo(failure);
			assertThat(after.isEnabled()).isTrue();
			assertThat(after.getLastError()).isEqualTo("The server answered 500");
			Duration wait = Duration.ofMinutes(60L << (failure - 1));
			assertThat(Duration.between(after.getLastPolledAt(), after.getNextPollAt())).isEqualTo(wait);
			assertThat(after.getLastPolledAt()).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.MICROS));
			if (failingSince == null) {
				failingSince = after.getFailingSince();
			}
			assertThat(after.getFailingSince()).isEqualTo(failingSince);
		}
		assertThat(Source.backoff(Duration.ofMinutes(60), 30, Duration.ofHours(24))).isEqualTo(Duration.ofHours(24));
		assertThat(this.monitoring.unhealthySources(1000)).extracting(Source::getId).contains(source.getId());
		// a success clears it
		this.server.serve("/broken", 200, "application/rss+xml",
				"<rss version=\"2.0\"><channel><title>x</title></channel></rss>".getBytes(), Map.of());
		assertThat(this.monitoring.pollNow(source.getId()).outcome()).isEqualTo("OK");
		assertThat(this.monitoring.source(source.getId()).getFailingSince()).isNull();
	}

	@Test
	void anOversizedBodyIsRefusedAndNothingStoredIsLost() throws Exception {
		byte[] feed = uniqueFeed(4);
		this.server.serve("/big", 200, "application/rss+xml", feed, Map.of());
		Source source = source("/big");
		assertThat(this.monitoring.pollNow(source.getId()).created()).isEqualTo(4);
		byte[] huge = new byte[(int) DataSize.ofMegabytes(2).toBytes()];
		java.util.Arrays.fill(huge, (byte) 'a');
		this.server.serve("/big", 200, "application/rss+xml", huge, Map.of());
		PollOutcome outcome = this.monitoring.pollNow(source.getId());
		assertThat(outcome.outcome()).isEqualTo("ERROR");
		assertThat(outcome.message()).contains("larger than");
		assertThat(count("select count(*) from mention_sightings where source_id = ?", source.getId())).isEqualTo(4);
	}

	@Test
	void aSlowServerTimesOut() {
		this.server.on("/slow", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 20; i++) {
					out.write("<!-- . -->".getBytes());
					out.flush();
					Thread.sleep(400);
				}
			}
			catch (InterruptedException | IOException ex) {
				// the client gave up
			}
		});
		Source source = source("/slow");
		long started = System.nanoTime();
		PollOutcome outcome = this.monitoring.pollNow(source.getId());
		assertThat(outcome.outcome()).isEqualTo("ERROR");
		assertThat(outcome.message()).contains("timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
	}

	@Test
	void privateAddressesAreRefusedWithoutTheSetting() throws Exception {
		this.server.serve("/feed", 200, "application/rss+xml",
				FeedAdapterTests.bytes("/monitoring/feeds/rss2sample.xml"), Map.of());
		HttpFetcher strict = new HttpFetcher(new MonitoringProperties(false, Duration.ofMinutes(1), 10, false,
				Duration.ofSeconds(2), Duration.ofSeconds(3), DataSize.ofMegabytes(1), 5, Duration.ofHours(24), "test",
				Duration.ofDays(30)), this.clock);
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> strict.fetch(this.server.url("/feed"), null, null, "*/*"))
			.withMessageContaining("Refused");
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> strict.fetch("http://10.1.2.3/feed", null, null, "*/*"))
			.withMessageContaining("Refused");
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> strict.fetch("file:///etc/passwd", null, null, "*/*"))
			.withMessageContaining("Only http");
		assertThat(this.server.requestsTo("/feed")).isEmpty();
		// every hop is checked: a redirect to a private address is refused too (checked
		// before connecting)
		for (String address : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "::1",
				"fc00::1", "fe80::1", "100.64.0.1", "0.0.0.0", "::ffff:127.0.0.1")) {
			assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
		assertThat(AddressGuard.isPublic(InetAddress.getByName("93.184.215.14"))).isTrue();
		assertThat(AddressGuard.isPublic(InetAddress.getByName("2606:4700::1"))).isTrue();
	}

	@Test
	void aHostIsResolvedOnceWhenConnectingAndTheVettedAddressIsTheOneConnectedTo() throws Exception {
		this.server.serve("/rebind", 200, "application/rss+xml",
				FeedAdapterTests.bytes("/monitoring/feeds/rss2sample.xml"), Map.of());
		java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
		// a name no DNS knows: only the guard's lookup can turn it into the test server's
		// address
		AddressGuard.Lookup lookup = (host) -> {
			lookups.incrementAndGet();
			return new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) };
		};
		String url = this.server.url("/rebind").replace("127.0.0.1", "feeds.rebind.test");
		HttpFetcher trusting = new HttpFetcher(properties(true), this.clock, new AddressGuard(true, lookup));
		assertThat(trusting.fetch(url, null, null, "*/*").status()).isEqualTo(200);
		assertThat(lookups).hasValue(1);
		// without the setting the same answer is refused when connecting: the server is
		// never asked
		HttpFetcher strict = new HttpFetcher(properties(false), this.clock, new AddressGuard(false, lookup));
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> strict.fetch(url, null, null, "*/*"))
			.withMessageContaining("Refused: feeds.rebind.test resolves to the non-public address 127.0.0.1");
		assertThat(this.server.requestsTo("/rebind")).hasSize(1);
		assertThat(lookups).hasValue(2);
	}

	private static MonitoringProperties properties(boolean allowPrivate) {
		return new MonitoringProperties(false, Duration.ofMinutes(1), 10, allowPrivate, Duration.ofSeconds(2),
				Duration.ofSeconds(3), DataSize.ofMegabytes(1), 5, Duration.ofHours(24), "test", Duration.ofDays(30));
	}

	@Test
	void everyRecordedFeedPollsAsItsSourcesSay() throws Exception {
		Map<String, Integer> expected = Map.of("rss2sample.xml", 4, "atom_1.0.xml", 2, "rss_1.0.xml", 2,
				"windows1255.xml", 1, "saxerror.xml", 3, "rss_item_link_corrupted_ampersands.xml", 1);
		for (Map.Entry<String, Integer> feed : expected.entrySet()) {
			String path = "/fixtures/" + feed.getKey();
			this.server.serve(path, 200, "application/xml",
					FeedAdapterTests.bytes("/monitoring/feeds/" + feed.getKey()), Map.of());
			PollOutcome outcome = this.monitoring.pollNow(source(path).getId());
			assertThat(outcome.isSuccess()).as(feed.getKey()).isTrue();
			assertThat(outcome.fetched()).as(feed.getKey()).isEqualTo(feed.getValue());
		}
	}

	@Test
	void anHtmlPageGivesAClearSourceError() {
		this.server.serve("/page", 200, "text/html", "<html><body>Welcome</body></html>".getBytes(), Map.of());
		Source source = source("/page");
		this.monitoring.pollNow(source.getId());
		assertThat(this.monitoring.source(source.getId()).getLastError()).contains("HTML page");
	}

	@Test
	void aMastodonTagTimelineIsReadAndTheNextPollAsksForNewerStatuses() throws Exception {
		byte[] page = FeedAdapterTests.bytes("/monitoring/api/mastodon-tag-kestrel.json");
		this.server.on("/api/v1/timelines/tag/kestrel", (exchange) -> {
			boolean again = exchange.getRequestURI().getQuery().contains("min_id=");
			FeedServer.send(exchange, 200, "application/json", again ? "[]".getBytes() : page, Map.of());
		});
		Source source = source(SourceKind.MASTODON, "/api/v1/timelines/tag/kestrel");
		PollOutcome first = this.monitoring.pollNow(source.getId());
		assertThat(first.fetched()).isEqualTo(2);
		assertThat(this.monitoring.source(source.getId()).getCursor()).isEqualTo("113500000000000002");
		assertThat(this.monitoring.pollNow(source.getId()).fetched()).isZero();
		assertThat(this.server.requestsTo("/api/v1/timelines/tag/kestrel").get(1).getRequestURI().getQuery())
			.contains("min_id=113500000000000002")
			.contains("limit=40");
		assertThat(count(
				"select count(*) from mentions where author = 'farahreviews' and body like '%thermostat outage%'"))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void aMastodonPollFollowsTheLinkHeaderWhileFullPagesCome() throws Exception {
		byte[] first = FeedAdapterTests.bytes("/monitoring/api/mastodon-tag-kestrel.json");
		String path = "/api/v1/timelines/tag/paged" + UUID.randomUUID().toString().substring(0, 8);
		String base = "113600000000000";
		this.server.on(path, (exchange) -> {
			String query = exchange.getRequestURI().getQuery();
			String self = this.server.url(path);
			if (!query.contains("min_id=")) {
				FeedServer.send(exchange, 200, "application/json", first, Map.of("Link", "<" + self
						+ "?max_id=1>; rel=\"next\", <" + self + "?min_id=113500000000000002>; rel=\"prev\""));
			}
			else if (query.contains("min_id=113500000000000002")) {
				// 40 new statuses: a full page, more are waiting
				FeedServer.send(exchange, 200, "application/json", statuses(base, 100, 40),
						Map.of("Link", "<" + self + "?max_id=" + base + "100>; rel=\"next\", <" + self
								+ "?limit=40&min_id=" + base + "139>; rel=\"prev\""));
			}
			else if (query.contains("min_id=" + base + "139")) {
				FeedServer.send(exchange, 200, "application/json", statuses(base, 140, 3),
						Map.of("Link", "<" + self + "?min_id=" + base + "142>; rel=\"prev\""));
			}
			else {
				FeedServer.send(exchange, 200, "application/json", "[]".getBytes(), Map.of());
			}
		});
		Source source = source(SourceKind.MASTODON, path);
		assertThat(this.monitoring.pollNow(source.getId()).fetched()).isEqualTo(2);
		// the first poll takes the newest page only, not the history behind it
		assertThat(this.server.requestsTo(path)).hasSize(1);
		PollOutcome second = this.monitoring.pollNow(source.getId());
		assertThat(second.fetched()).isEqualTo(43);
		assertThat(this.server.requestsTo(path)).hasSize(3);
		assertThat(this.server.requestsTo(path).get(2).getRequestURI().getQuery()).contains("min_id=" + base + "139");
		assertThat(this.monitoring.source(source.getId()).getCursor()).isEqualTo(base + "142");
		assertThat(MastodonAdapter.link("<https://a.example/x?min_id=5>; rel=\"prev\"", "next")).isNull();
	}

	private static byte[] statuses(String base, int from, int count) {
		StringBuilder json = new StringBuilder("[");
		for (int i = from + count - 1; i >= from; i--) {
			json.append((json.length() > 1) ? "," : "")
				.append("{\"id\":\"")
				.append(base)
				.append(i)
				.append("\",\"created_at\":\"2026-11-29T18:00:00.000Z\",\"uri\":\"https://mastodon.example/s/")
				.append(base)
				.append(i)
				.append(UUID.randomUUID())
				.append("\",\"content\":\"<p>Kestrel paging ")
				.append(i)
				.append("</p>\",\"account\":{\"acct\":\"pager\"}}");
		}
		return json.append("]").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aHackerNewsSearchIsReadAndTheNextPollAsksForNewerItems() throws Exception {
		byte[] page = FeedAdapterTests.bytes("/monitoring/api/hn-search-kestrel.json");
		this.server.serve("/api/v1/search_by_date", 200, "application/json", page, Map.of());
		Source source = source(SourceKind.HACKER_NEWS, "/api/v1/search_by_date?query=kestrel&tags=(story,comment)");
		PollOutcome first = this.monitoring.pollNow(source.getId());
		assertThat(first.fetched()).isEqualTo(2);
		assertThat(this.monitoring.source(source.getId()).getCursor()).isEqualTo("1796058120");
		this.monitoring.pollNow(source.getId());
		assertThat(this.server.requestsTo("/api/v1/search_by_date").get(1).getRequestURI().getQuery())
			.contains("numericFilters=created_at_i>1796058120")
			.contains("query=kestrel");
	}

	@Test
	void pollLogEntriesOlderThanTheKeptPeriodArePrunedOnceADayOnOneNode() throws Exception {
		Source source = source("/pruned");
		Instant now = this.clock.instant();
		for (int daysAgo : new int[] { 1, 29, 31, 400 }) {
			this.jdbc.update("""
					insert into monitoring_poll_log (source_id, polled_at, outcome, fetched, new_items)
					values (?, ?, 'OK', 1, 0)""", source.getId(), Timestamp.from(now.minus(Duration.ofDays(daysAgo))));
		}
		assertThat(this.pruner.pruneOlderThanKept()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForList("""
				select extract(day from ?::timestamptz - polled_at)::int from monitoring_poll_log
				where source_id = ? order by polled_at desc""", Integer.class, Timestamp.from(now), source.getId()))
			.containsExactly(1, 29);
		java.lang.reflect.Method job = PollLogPruner.class.getDeclaredMethod("prune");
		assertThat(job.getAnnotation(org.springframework.scheduling.annotation.Scheduled.class).cron())
			.isEqualTo("${smr.monitoring.poll-log-prune-cron:0 17 3 * * *}");
		assertThat(job.getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class).name())
			.isEqualTo("monitoring-poll-log-prune");
	}

	@Test
	void twoSchedulersOnTwoConnectionsNeverClaimTheSameSource() throws Exception {
		List<Long> mine = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Source source = source("/due-" + i);
			this.jdbc.update(
					"update monitoring_sources set next_poll_at = timestamptz '2000-01-01 00:00:00+00' + ? * interval '1 second' where id = ?",
					i, source.getId());
			mine.add(source.getId());
		}
		Instant now = Instant.now();
		CountDownLatch firstClaimed = new CountDownLatch(1);
		CountDownLatch secondDone = new CountDownLatch(1);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> tx.execute((status) -> {
			List<Long> claimed = PollScheduler.claimDue(this.jdbc, now, 3);
			firstClaimed.countDown();
			try {
				// hold the row locks while the other scheduler claims
				secondDone.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return claimed;
		}));
		assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
		List<Long> second = tx.execute((status) -> PollScheduler.claimDue(this.jdbc, now, 1000));
		secondDone.countDown();
		List<Long> firstClaims = first.get(10, TimeUnit.SECONDS);
		assertThat(firstClaims).hasSize(3).isSubsetOf(mine);
		assertThat(second).doesNotContainAnyElementsOf(firstClaims);
		List<Long> all = new ArrayList<>(firstClaims);
		all.addAll(second);
		assertThat(all).containsAll(mine);
		// claimed sources are leased: a third scheduler finds none of them due
		List<Long> third = tx.execute((status) -> PollScheduler.claimDue(this.jdbc, now, 1000));
		assertThat(third).doesNotContainAnyElementsOf(mine);
		assertThat(this.monitoring.source(mine.get(0)).getNextPollAt()).isCloseTo(now.plus(PollScheduler.LEASE),
				within(1, ChronoUnit.SECONDS));
	}

	/**
	 * An RSS feed of new stories (mentions are stored once across the whole test run).
	 */
	static byte[] uniqueFeed(int items) {
		StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
				+ "<title>Test blog</title><link>https://blog.example.com/</link><description>d</description>");
		for (int i = 0; i < items; i++) {
			String id = UUID.randomUUID().toString();
			rss.append("<item><title>Kestrel story ")
				.append(id)
				.append("</title><link>https://blog.example.com/")
				.append(id)
				.append("?utm_source=rss</link><description>&lt;p&gt;About the Kestrel hub &amp;amp; more&lt;/p&gt;</description>")
				.append("<author>writer@blog.example.com (Farah Oakridge)</author></item>");
		}
		return rss.append("</channel></rss>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private Source source(String path) {
		return source(SourceKind.FEED, path);
	}

	private Source source(SourceKind kind, String path) {
		SourceForm form = new SourceForm();
		form.setKind(kind);
		form.setName("Test source " + UUID.randomUUID());
		form.setUrl(this.server.url(path));
		return this.monitoring.createSource(form);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

}
