package org.smrdesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.smrdesk.SqlStatementCounter;
import org.smrdesk.core.pagecache.PageCache;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the main pages are on the large dataset, as a share of a bare Spring Boot +
 * Thymeleaf page measured in the same run. On demand only (tag {@code benchmark}):
 *
 * <pre>
 * ./mvnw test -Dtest.excludedGroups= -Dtest=PageBenchmarkTests
 * </pre>
 *
 * Starts, in this JVM, SMR Desk with the profiles {@code demo,large} (on a fresh
 * database, or on {@code -Dbenchmark.db.url} where the dataset then needs generating only
 * once) and the bare page ({@link BarePage}). Signs in as the demo LEAD and a demo STAFF
 * member and, in three rounds, measures every page for {@code -Dbenchmark.seconds}
 * (default 2) with {@code -Dbenchmark.connections} (default 16) keep-alive connections,
 * right after the bare page measured the same way. Writes
 * {@code target/benchmarks/pages.md}: requests/s, latency percentiles, the share of the
 * bare page's requests/s, SQL statements per request (counted at the JDBC level over one
 * request alone, on the threads that serve requests: a scheduled job's statements
 * meanwhile are not the page's) and the spread across rounds, then the pages that miss
 * the budgets. Before the rounds, every page and the bare page are loaded the same way
 * for {@code -Dbenchmark.warmup} seconds each (default 5), uncounted: the JIT keeps
 * compiling for minutes after start-up, and without this the first rounds measured a JVM
 * still warming up (a page's requests/s rose 2–4× over six rounds of 3 s; session 16).
 * Budgets are reported, never asserted: the test fails only when the setup does (sign-in,
 * dataset, bare page). {@code -Dbenchmark.pages=regex} measures only the pages whose
 * label matches. {@code -DargLine=-Xmx512m} runs it with issue 10's heap; the report then
 * gives the JVM's resident memory at the end and at its peak.
 */
@Tag("benchmark")
class PageBenchmarkTests {

	static final int SECONDS = Integer.getInteger("benchmark.seconds", 2);

	static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 16);

	static final int WARMUP = Integer.getInteger("benchmark.warmup", 5);

	static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);

	static final Pattern ONLY = Pattern.compile(System.getProperty("benchmark.pages", ".*"));

	static final String LEAD = "lead@example.com";

	static final String STAFF = "support@example.com";

	static final String MANAGER = "manager@example.com";

	/** Every main page: label, who asks, path ({name} filled from the data). */
	static final List<Page> PAGES = List.of(
			// home per role
			page("home", LEAD, "/"), page("home", STAFF, "/"), page("home", MANAGER, "/"),
			page("home this month", LEAD, "/?period=month"),
			// goals and reports
			page("goals", LEAD, "/goals"), page("report (last year)", LEAD, "/reports/{lastYear}"),
			// activities
			page("activities", LEAD, "/activities"), page("activities search", LEAD, "/activities?q=campaign"),
			page("activities deep page", LEAD, "/activities?page=500"),
			page("activity", LEAD, "/activities/{activity}"), page("activities CSV", LEAD, "/activities?format=csv"),
			page("activities", STAFF, "/activities"), page("activities search", STAFF, "/activities?q=campaign"),
			// contacts
			page("contacts", LEAD, "/contacts"), page("contacts search", LEAD, "/contacts?q=marchetti"),
			page("contacts deep page", LEAD, "/contacts?page=200"),
			page("contact (1,000 interactions)", LEAD, "/contacts/{busiestContact}"),
			page("contacts CSV", LEAD, "/contacts?format=csv"), page("contacts", STAFF, "/contacts"),
			// incidents
			page("incidents", LEAD, "/incidents"), page("incidents search", LEAD, "/incidents?status=all&q=viral"),
			page("incidents deep page", LEAD, "/incidents?status=all&page=50"),
			page("incident (biggest timeline)", LEAD, "/incidents/{biggestIncident}"),
			page("incident print view", LEAD, "/incidents/{biggestIncident}/print"),
			page("incident PDF", LEAD, "/incidents/{biggestIncident}/timeline.pdf"),
			page("incidents CSV", LEAD, "/incidents?format=csv"), page("incidents", STAFF, "/incidents"),
			// policies
			page("policies", LEAD, "/policies"), page("policies filtered", LEAD, "/policies?kind=CRISIS"),
			page("policies deep page", LEAD, "/policies?page=9"),
			page("policy (most acknowledged)", LEAD, "/policies/{busiestPolicy}"),
			page("policy acknowledgements", LEAD, "/policies/{busiestPolicy}/acknowledgements"),
			page("acknowledgements CSV", LEAD, "/policies/{busiestPolicy}/acknowledgements?format=csv"),
			page("policies CSV", LEAD, "/policies?format=csv"), page("policies", STAFF, "/policies"),
			// trainings
			page("trainings", LEAD, "/trainings"), page("trainings search", LEAD, "/trainings?q=crisis"),
			page("trainings deep page", LEAD, "/trainings?page=9"),
			page("training (most enrolments)", LEAD, "/trainings/{busiestTraining}"),
			page("session (most enrolments)", LEAD, "/trainings/sessions/{busiestSession}"),
			page("sessions", LEAD, "/trainings/sessions"), page("training coverage", LEAD, "/trainings/coverage"),
			page("trainings CSV", LEAD, "/trainings?format=csv"), page("trainings", STAFF, "/trainings"),
			page("my trainings", STAFF, "/trainings/mine"),
			// catalogue, accounts, vendors, responsibilities
			page("services", LEAD, "/services"), page("service (most activities)", LEAD, "/services/{busiestService}"),
			page("accounts", LEAD, "/accounts"), page("vendors", LEAD, "/vendors"),
			page("vendor", LEAD, "/vendors/{vendor}"), page("responsibilities", LEAD, "/responsibilities"),
			// people and the audit log
			page("users", LEAD, "/users"), page("users search", LEAD, "/users?q=novak"),
			page("users deep page", LEAD, "/users?page=50"),
			page("user (most activities)", LEAD, "/users/{busiestUser}"), page("users CSV", LEAD, "/users?format=csv"),
			page("departments", LEAD, "/departments"), page("directory", LEAD, "/directory?q=campaign"),
			page("directory", STAFF, "/directory?q=campaign"), page("audit", LEAD, "/audit"),
			page("audit filtered", LEAD, "/audit?entity=Activity"), page("audit deep page", LEAD, "/audit?page=1000"),
			// the mentions inbox (1 M mentions in the large dataset): default, a filter,
			// a search, a rare combination
			page("mentions", LEAD, "/monitoring/mentions"),
			page("mentions new", LEAD, "/monitoring/mentions?state=NEW"),
			page("mentions search", LEAD, "/monitoring/mentions?q=kestrel"),
			page("mentions author", LEAD, "/monitoring/mentions?author=reader123"),
			page("mentions", STAFF, "/monitoring/mentions"),
			page("mentions ignored", STAFF, "/monitoring/mentions?state=IGNORED"),
			// forms naming a colleague (until session 12 a drop-down of every user)
			page("new activity form", LEAD, "/activities/new"), page("new activity form", STAFF, "/activities/new"),
			page("new contact form", LEAD, "/contacts/new"), page("new account form", LEAD, "/accounts/new"),
			page("incident triage form", LEAD, "/incidents/{biggestIncident}/triage"),
			page("incident review", LEAD, "/incidents/{biggestIncident}/review"),
			// forms offering vendor contacts, policies and trainings (until session 13
			// every one of them)
			page("new vendor form", LEAD, "/vendors/new"), page("new training form", LEAD, "/trainings/new"),
			// JSON API (personal access tokens)
			api("API activities", LEAD, "/api/v1/activities"),
			api("API activities search", LEAD, "/api/v1/activities?q=campaign"),
			api("API activities deep page", LEAD, "/api/v1/activities?page=500"),
			api("API incidents", LEAD, "/api/v1/incidents"), api("API vendors", LEAD, "/api/v1/vendors"),
			api("API activities", STAFF, "/api/v1/activities"));

	/** Queries naming the biggest records, for the detail pages. */
	static final Map<String, String> RECORDS = Map.of("activity",
			"select activity_id from activity_contacts group by activity_id order by count(*) desc, activity_id desc limit 1",
			"busiestContact",
			"select contact_id from interactions group by contact_id order by count(*) desc, contact_id limit 1",
			"biggestIncident",
			"select incident_id from incident_timeline_entries group by incident_id order by count(*) desc, incident_id limit 1",
			"busiestPolicy", """
					select v.policy_id from policy_acknowledgements a join policy_versions v on v.id = a.version_id
					group by v.policy_id order by count(*) desc, v.policy_id limit 1""", "busiestTraining", """
					select s.training_id from training_enrolments e join training_sessions s on s.id = e.session_id
					group by s.training_id order by count(*) desc, s.training_id limit 1""", "busiestSession",
			"select session_id from training_enrolments group by session_id order by count(*) desc, session_id limit 1",
			"busiestService",
			"select service_id from activities group by service_id order by count(*) desc, service_id limit 1",
			"busiestUser", "select owner_id from activities group by owner_id order by count(*) desc, owner_id limit 1",
			"vendor", "select id from vendors order by id limit 1", "lastYear",
			"select extract(year from current_date)::int - 1");

	private static ConfigurableApplicationContext bare;

	private static BenchmarkApplication app;

	private static final Map<String, String> setup = new LinkedHashMap<>();

	@BeforeAll
	static void start() {
		long started = System.nanoTime();
		bare = BarePage.start();
		setup.put("bare page start-up", BenchmarkApplication.seconds(System.nanoTime() - started));
		app = BenchmarkApplication.start();
		setup.putAll(app.setup);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (bare != null) {
			bare.close();
		}
	}

	@Test
	void measureEveryMainPageAgainstTheBarePage() throws Exception {
		JdbcTemplate jdbc = app.jdbc();
		Map<String, Long> counts = datasetCounts(jdbc);
		assertThat(counts.get("activities")).isGreaterThanOrEqualTo(100_000);
		assertThat(counts.get("interactions")).isGreaterThanOrEqualTo(100_000);
		assertThat(counts.get("incident timeline entries")).isGreaterThanOrEqualTo(100_000);

		LoadGenerator appClient = new LoadGenerator(app.port());
		LoadGenerator bareClient = new LoadGenerator(BenchmarkApplication.port(bare));
		LoadGenerator.Run bareAlone = bareClient.once("/", List.of());
		assertThat(bareAlone.mainStatus()).isEqualTo(200);
		Map<String, List<String>> headers = Map.of(LEAD, List.of(BenchmarkApplication.cookieHeader(app.signIn(LEAD))),
				STAFF, List.of(BenchmarkApplication.cookieHeader(app.signIn(STAFF))), MANAGER,
				List.of(BenchmarkApplication.cookieHeader(app.signIn(MANAGER))));
		// the JSON API as its clients call it: a personal access token each
		Map<String, List<String>> basic = Map.of(LEAD, List.of(app.bearerHeader(LEAD)), STAFF,
				List.of(app.bearerHeader(STAFF)));
		Map<String, String> records = new LinkedHashMap<>();
		RECORDS.forEach((name, query) -> records.put(name, String.valueOf(jdbc.queryForObject(query, Long.class))));

		List<Page> pages = PAGES.stream().filter((page) -> ONLY.matcher(page.label()).find()).toList();
		Map<Page, Measurement> measurements = new LinkedHashMap<>();
		// warm-up, uncounted: every page under the same load as in a round, so the JIT
		// has
		// compiled its paths before anything counts
		Duration warmup = Duration.ofSeconds(WARMUP);
		bareClient.run("/", List.of(), CONNECTIONS, warmup);
		for (Page page : pages) {
			List<String> requestHeaders = page.api() ? basic.get(page.user()) : headers.get(page.user());
			String path = page.resolve(records);
			appClient.once(path, requestHeaders);
			if (!warmup.isZero()) {
				appClient.run(path, requestHeaders, CONNECTIONS, warmup);
			}
			measurements.put(page, new Measurement(path, requestHeaders));
		}
		bareClient.run("/", List.of(), CONNECTIONS, warmup);
		Duration window = Duration.ofSeconds(SECONDS);
		CpuMeter cpu = new CpuMeter(jdbc.queryForObject("select current_database()", String.class));
		for (int round = 0; round < ROUNDS; round++) {
			for (Map.Entry<Page, Measurement> entry : measurements.entrySet()) {
				Measurement measurement = entry.getValue();
				CpuMeter.Reading bareStart = cpu.read();
				measurement.bare.add(bareClient.run("/", List.of(), CONNECTIONS, window));
				measurement.bareCpu.add(cpu.read().minus(bareStart));
				long before = SqlStatementCounter.executedForRequests();
				LoadGenerator.Run alone = appClient.once(measurement.path, measurement.headers);
				measurement.statements.add(SqlStatementCounter.executedForRequests() - before);
				measurement.bytes = alone.bytes();
				CpuMeter.Reading start = cpu.read();
				measurement.runs.add(appClient.run(measurement.path, measurement.headers, CONNECTIONS, window));
				measurement.cpu.add(cpu.read().minus(start));
				System.out.println(entry.getKey().label() + " as " + entry.getKey().role() + " round " + (round + 1)
						+ ": " + measurement.runs.get(round).perSecond() + " req/s");
			}
		}
		afterWrites(appClient, measurements);
		setup.put("load average at the end", BenchmarkApplication.loadAverage());
		setup.put("resident memory of this JVM (SMR Desk, the bare page and the load generator), at the end / peak",
				residentMemory());
		String report = report(counts, measurements);
		Path file = Path.of("target", "benchmarks", "pages.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println(report);
	}

	/**
	 * What a write does to the pages kept: each page is viewed twice (the second view
	 * kept), then a mention arrives (pushed as a monitoring vendor does: what a feed poll
	 * bringing one writes) and the page is viewed again; then an activity is logged and
	 * it is viewed once more. A view is kept when the cache counts it as sent from
	 * memory.
	 */
	private static void afterWrites(LoadGenerator client, Map<Page, Measurement> measurements) throws Exception {
		PageCache cache = app.context.getBeanProvider(PageCache.class).getIfAvailable();
		if (cache == null) {
			return;
		}
		JdbcTemplate jdbc = app.jdbc();
		long pushSource = jdbc
			.queryForObject("select id from monitoring_sources where kind = 'PUSH' order by id limit 1", Long.class);
		long service = jdbc.queryForObject("select id from social_services order by id limit 1", Long.class);
		String token = app.bearerHeader(LEAD, org.smrdesk.apitoken.TokenScope.WRITE)
			.substring("Authorization: ".length());
		HttpClient http = HttpClient.newHttpClient();
		URI base = URI.create("http://127.0.0.1:" + app.port());
		for (Measurement m : measurements.values()) {
			client.once(m.path, m.headers);
			m.keptAgain = kept(cache, () -> client.once(m.path, m.headers));
			String mention = String.format(Locale.ROOT,
					"{\"sourceId\":%d,\"guid\":\"benchmark-%d\",\"title\":\"Kestrel in the news\","
							+ "\"text\":\"A benchmark mention of Kestrel arrived.\",\"author\":\"bench\"}",
					pushSource, System.nanoTime());
			post(http, base.resolve("/api/v1/mentions"), token, mention);
			m.keptAfterMention = kept(cache, () -> client.once(m.path, m.headers));
			client.once(m.path, m.headers);
			post(http, base.resolve("/api/v1/activities"), token,
					String.format(Locale.ROOT, "{\"kind\":\"POST\",\"title\":\"Benchmark post %d\",\"serviceId\":%d}",
							System.nanoTime(), service));
			m.keptAfterActivity = kept(cache, () -> client.once(m.path, m.headers));
		}
	}

	private static boolean kept(PageCache cache, java.util.concurrent.Callable<?> view) throws Exception {
		long before = cache.sent();
		view.call();
		return cache.sent() > before;
	}

	private static void post(HttpClient http, URI uri, String token, String json) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
			.header("Authorization", token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(uri + ": " + response.body()).isBetween(200, 201);
	}

	private static String report(Map<String, Long> counts, Map<Page, Measurement> measurements) {
		StringBuilder text = new StringBuilder("# Page benchmark\n\n");
		text.append(String.format(Locale.ROOT,
				"%s UTC. %d rounds; in each, every page for %d s with %d connections right after the bare page "
						+ "for %d s with as many, after an uncounted warm-up of %d s per page. SMR Desk (profiles "
						+ "demo,large) and the bare page run in this JVM (the load generator too).%n%n",
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.now().atOffset(ZoneOffset.UTC)), ROUNDS,
				SECONDS, CONNECTIONS, SECONDS, WARMUP));
		text.append("| setting | value |\n| --- | --- |\n");
		machine().forEach((key, value) -> text.append("| ").append(key).append(" | ").append(value).append(" |\n"));
		setup.forEach((key, value) -> text.append("| ").append(key).append(" | ").append(value).append(" |\n"));
		text.append("| dataset | ")
			.append(counts.entrySet()
				.stream()
				.map((e) -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
				.collect(Collectors.joining(", ")))
			.append(" |\n\n");
		text.append("| page | as | status | requests/s | p50 ms | p99 ms | share of the bare page | "
				+ "SQL statements per request | KB | spread across rounds | bare page requests/s | "
				+ "CPU ms per request (JVM + PostgreSQL) | CPU share of the bare page | "
				+ "kept after a mention arrives / an activity is logged |\n");
		text.append(
				"| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
		List<String> misses = new ArrayList<>();
		for (Map.Entry<Page, Measurement> entry : measurements.entrySet()) {
			Page page = entry.getKey();
			Measurement m = entry.getValue();
			LoadGenerator.Run all = LoadGenerator.Run.merge(m.runs);
			double share = m.share();
			long statements = median(m.statements.stream().mapToDouble(Long::doubleValue).toArray()).longValue();
			long mostStatements = m.statements.stream().mapToLong(Long::longValue).max().orElse(0);
			text.append(String.format(Locale.ROOT,
					"| %s `%s` | %s | %s | %,.1f | %,.1f | %,.1f | %s | %s | %,.0f | ±%.0f %% | %,.0f | %s | %s | %s |%n",
					page.label(), m.path, page.role(), all.statusText(), m.perSecond(), all.percentileMillis(50),
					all.percentileMillis(99), ratio(share),
					(statements == mostStatements) ? statements : statements + " (up to " + mostStatements + ")",
					m.bytes / 1024.0, m.spread() * 100,
					median(m.bare.stream().mapToDouble(LoadGenerator.Run::perSecond).toArray()), m.cpuText(),
					ratio(m.cpuShare()), m.keptText()));
			List<String> why = new ArrayList<>();
			double needed = page.isLeadHome() ? 1 / 20.0 : 1 / 10.0;
			if (share < needed) {
				why.add("share " + ratio(share) + " < " + ratio(needed));
			}
			if (all.percentileMillis(99) > 100) {
				why.add(String.format(Locale.ROOT, "p99 %,.0f ms > 100 ms", all.percentileMillis(99)));
			}
			if (statements > 10) {
				why.add(statements + " SQL statements > 10");
			}
			if (all.mainStatus() != 200 || all.statuses().size() > 1) {
				why.add("status " + all.statusText());
			}
			if (!why.isEmpty()) {
				misses
					.add("- " + page.label() + " as " + page.role() + " (`" + m.path + "`): " + String.join("; ", why));
			}
		}
		text.append("\nBudgets (issue 10): at least 1/10 of the bare page's requests/s (the LEAD's home 1/20), p99 at "
				+ "most 100 ms, at most 10 SQL statements per request.\n\n");
		text.append("## Pages missing a budget (").append(misses.size()).append(" of ").append(measurements.size());
		text.append(")\n\n").append(misses.isEmpty() ? "None.\n" : String.join("\n", misses) + "\n");
		text.append("\n## Slowest pages (share of the bare page)\n\n");
		measurements.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(a.share(), b.share())))
			.limit(5)
			.forEach((e) -> text.append(String.format(Locale.ROOT, "1. %s as %s: %s, p99 %,.0f ms%n",
					e.getKey().label(), e.getKey().role(), ratio(e.getValue().share()),
					LoadGenerator.Run.merge(e.getValue().runs).percentileMillis(99))));
		text.append("\nKept after a write: each page viewed twice, then a mention pushed through the API (what a "
				+ "feed poll bringing one writes) and the page viewed again, then an activity logged through the API "
				+ "and the page viewed once more; yes when the cache sent that view from memory. \"not kept\": "
				+ "the second view was not kept either (the cache is off, a streamed export, a page too large).\n");
		text.append("\nStatus `n×code`: mixed responses; `error`: the connection failed. SQL statements: JDBC "
				+ "executions (a batch counts once) over one request alone, on the threads serving requests (not a "
				+ "scheduled job's meanwhile), median of the rounds. CPU: this JVM's "
				+ "CPU time (SMR Desk, the bare page, the load generator, JIT and GC) plus that of the PostgreSQL "
				+ "backends serving the benchmark's database, per request, median of the rounds; its share is the "
				+ "bare page's CPU per request over the page's. On a busy machine requests/s fall with the other "
				+ "work but CPU per request much less: compare CPU shares when the machine was not idle.\n");
		return text.toString();
	}

	private static Map<String, Long> datasetCounts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Map.of("users", "users", "activities", "activities", "contacts", "contacts", "interactions", "interactions",
				"incidents", "incidents", "incident timeline entries", "incident_timeline_entries", "policies",
				"policies", "policy acknowledgements", "policy_acknowledgements", "trainings", "trainings",
				"audit log entries", "audit_log")
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.forEach((e) -> counts.put(e.getKey(),
					jdbc.queryForObject("select count(*) from " + e.getValue(), Long.class)));
		return counts;
	}

	private static Map<String, String> machine() {
		Map<String, String> machine = new LinkedHashMap<>();
		String cpu = "unknown";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse(cpu);
		}
		catch (IOException ex) {
			// not Linux: the processor count below still says something
		}
		machine.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", "
				+ System.getProperty("os.name") + " " + System.getProperty("os.version"));
		machine.put("Java",
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
						+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
						+ ManagementFactory.getRuntimeMXBean().getInputArguments().size() + " JVM arguments");
		return machine;
	}

	/**
	 * VmRSS and VmHWM of this process, from {@code /proc/self/status}: an upper bound for
	 * SMR Desk alone, which shares the JVM with the bare page and the load generator.
	 */
	static String residentMemory() {
		try {
			Map<String, String> status = Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
				.collect(Collectors.toMap((line) -> line.substring(0, line.indexOf(':')),
						(line) -> line.substring(line.indexOf(':') + 1).trim()));
			return megabytes(status.get("VmRSS")) + " / " + megabytes(status.get("VmHWM")) + " (max heap "
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)";
		}
		catch (IOException | RuntimeException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	private static String megabytes(String kilobytes) {
		long kb = Long.parseLong(kilobytes.replace("kB", "").trim());
		return String.format(Locale.ROOT, "%,d MB", kb / 1024);
	}

	static String ratio(double share) {
		if (Double.isNaN(share) || share <= 0) {
			return "–";
		}
		double n = 1 / share;
		return (n >= 10) ? String.format(Locale.ROOT, "1/%,.0f", n) : String.format(Locale.ROOT, "1/%.1f", n);
	}

	static Double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return (sorted.length % 2 == 1) ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private static Page page(String label, String user, String path) {
		return new Page(label, user, path, false);
	}

	private static Page api(String label, String user, String path) {
		return new Page(label, user, path, true);
	}

	record Page(String label, String user, String path, boolean api) {

		String role() {
			return LEAD.equals(this.user) ? "LEAD" : MANAGER.equals(this.user) ? "MANAGER" : "STAFF";
		}

		boolean isLeadHome() {
			return "/".equals(this.path) && LEAD.equals(this.user);
		}

		String resolve(Map<String, String> records) {
			String resolved = this.path;
			for (Map.Entry<String, String> record : records.entrySet()) {
				resolved = resolved.replace("{" + record.getKey() + "}", record.getValue());
			}
			return resolved;
		}

	}

	/** One page over the rounds, with the bare page measured right before each. */
	static final class Measurement {

		final String path;

		final List<String> headers;

		final List<LoadGenerator.Run> runs = new ArrayList<>();

		final List<LoadGenerator.Run> bare = new ArrayList<>();

		final List<Long> statements = new ArrayList<>();

		final List<CpuMeter.Reading> cpu = new ArrayList<>();

		final List<CpuMeter.Reading> bareCpu = new ArrayList<>();

		long bytes;

		boolean keptAgain;

		boolean keptAfterMention;

		boolean keptAfterActivity;

		Measurement(String path, List<String> headers) {
			this.path = path;
			this.headers = headers;
		}

		/** Whether the page outlived each write, or "not kept" when it is never kept. */
		String keptText() {
			if (!this.keptAgain) {
				return "not kept";
			}
			return (this.keptAfterMention ? "yes" : "no") + " / " + (this.keptAfterActivity ? "yes" : "no");
		}

		double perSecond() {
			return median(this.runs.stream().mapToDouble(LoadGenerator.Run::perSecond).toArray());
		}

		/** The median over the rounds of this page's requests/s over the bare page's. */
		double share() {
			double[] shares = new double[this.runs.size()];
			for (int i = 0; i < shares.length; i++) {
				shares[i] = this.runs.get(i).perSecond() / this.bare.get(i).perSecond();
			}
			return median(shares);
		}

		/** Median CPU ms per request over the rounds: total (JVM + PostgreSQL). */
		String cpuText() {
			double[] jvm = new double[this.cpu.size()];
			double[] postgres = new double[this.cpu.size()];
			for (int i = 0; i < jvm.length; i++) {
				jvm[i] = this.cpu.get(i).jvmMillisPer(this.runs.get(i).requests());
				postgres[i] = this.cpu.get(i).postgresMillisPer(this.runs.get(i).requests());
			}
			return String.format(Locale.ROOT, "%.2f (%.2f + %.2f)", median(jvm) + median(postgres), median(jvm),
					median(postgres));
		}

		/**
		 * The median over the rounds of the bare page's CPU per request over this page's.
		 */
		double cpuShare() {
			double[] shares = new double[this.cpu.size()];
			for (int i = 0; i < shares.length; i++) {
				shares[i] = this.bareCpu.get(i).totalMillisPer(this.bare.get(i).requests())
						/ this.cpu.get(i).totalMillisPer(this.runs.get(i).requests());
			}
			return median(shares);
		}

		/** Half the range of the rounds' requests/s, relative to their median. */
		double spread() {
			double[] perSecond = this.runs.stream().mapToDouble(LoadGenerator.Run::perSecond).toArray();
			double min = java.util.Arrays.stream(perSecond).min().orElse(0);
			double max = java.util.Arrays.stream(perSecond).max().orElse(0);
			return (max - min) / 2 / perSecond();
		}

	}

}
