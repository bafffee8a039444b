package org.smrdesk.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smrdesk.SmrApplication;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.TestDatabases;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SMR Desk as the benchmarks run it: in the test's JVM, with the profiles
 * {@code demo,large}, on {@code -Dbenchmark.db.url} (user {@code -Dbenchmark.db.user},
 * default postgres; password {@code -Dbenchmark.db.password}) or else on a fresh
 * database, with every SQL statement counted ({@link SqlStatementCounter}).
 */
final class BenchmarkApplication implements AutoCloseable {

	static final String PASSWORD = "smrdesk-demo";

	final ConfigurableApplicationContext context;

	/** How the start went, for the report. */
	final Map<String, String> setup = new LinkedHashMap<>();

	private BenchmarkApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static BenchmarkApplication start() {
		String loadBefore = loadAverage();
		String url = System.getProperty("benchmark.db.url");
		boolean given = url != null && !url.isBlank();
		TestDatabases.Database database = given ? new TestDatabases.Database(url,
				System.getProperty("benchmark.db.user", "postgres"), System.getProperty("benchmark.db.password", ""),
				"given", System.getProperty("benchmark.db.user", "postgres"),
				System.getProperty("benchmark.db.password", "")) : TestDatabases.fresh("smr_bench");
		long started = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SmrApplication.class)
			.profiles("demo", "large")
			.initializers((c) -> c.getBeanFactory().addBeanPostProcessor(new SqlStatementCounter()))
			.run("--server.port=0", "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--smr.db.migrate-user=" + database.ownerUsername(),
					"--smr.db.migrate-password=" + database.ownerPassword(),
					// production's settings where the tests'
					// config/application.properties
					// changes what a page costs: dashboard figures kept a minute, the
					// inbox's count budget
					"--smr.home.figures-for=1m", "--smr.monitoring.count-budget=250ms");
		long startup = System.nanoTime() - started;
		BenchmarkApplication app = new BenchmarkApplication(context);
		Map<String, Object> generation = app.jdbc().queryForMap("""
				select sum(execution_time) filter (where installed_on > now() - make_interval(secs => ?)) as now,
				       count(*) filter (where installed_on <= now() - make_interval(secs => ?)) as before
				from flyway_schema_history where script like '%large%'""", startup / 1e9 + 5, startup / 1e9 + 5);
		Number now = (Number) generation.get("now");
		boolean existed = ((Number) generation.get("before")).longValue() > 0;
		app.setup.put("database", given ? url : "a fresh database on " + database.kind() + " PostgreSQL");
		app.setup.put("dataset generation (Flyway, db/large)",
				(now == null) ? "none: the dataset was there already" : String.format(Locale.ROOT, "%.1f s%s",
						now.longValue() / 1000.0,
						existed ? " (changed scripts ran again and added nothing: the dataset was there)" : ""));
		app.setup.put("SMR Desk start-up (including any generation)", seconds(startup));
		app.setup.put("load average before start-up", loadBefore);
		app.vacuum();
		return app;
	}

	/**
	 * Brings the dataset to the state a production database is in: autovacuum is off on
	 * this machine's PostgreSQL ({@code show autovacuum}), so a generated dataset was
	 * never analysed (plans from default estimates) nor vacuumed (no visibility map:
	 * every index-only scan reads the table too; {@code /activities?page=500} read 12,500
	 * heap rows). {@code -Dbenchmark.vacuum=false} skips it.
	 */
	private void vacuum() {
		String autovacuum = jdbc().queryForObject("show autovacuum", String.class);
		if (!Boolean.parseBoolean(System.getProperty("benchmark.vacuum", "true"))) {
			this.setup.put("VACUUM ANALYZE before measuring", "skipped (autovacuum " + autovacuum + ")");
			return;
		}
		long started = System.nanoTime();
		jdbc().execute("vacuum analyze");
		this.setup.put("VACUUM ANALYZE before measuring",
				seconds(System.nanoTime() - started) + " (autovacuum " + autovacuum + ")");
	}

	JdbcTemplate jdbc() {
		return this.context.getBean(JdbcTemplate.class);
	}

	int port() {
		return port(this.context);
	}

	static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Signs in through the form, as a browser does.
	 * @param email the demo user
	 * @return a client holding the session cookie
	 */
	HttpClient signIn(String email) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		URI login = uri("/login");
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(login).build(),
				HttpResponse.BodyHandlers.ofString());
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf(page.body()), StandardCharsets.UTF_8);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(login)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).as(email + " signs in")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/"));
		return client;
	}

	/**
	 * The session cookie of a signed-in client, as a request header.
	 * @param client a client from {@link #signIn(String)}
	 * @return {@code Cookie: ...}
	 */
	static String cookieHeader(HttpClient client) {
		CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
		return "Cookie: " + String.join("; ",
				cookies.getCookieStore()
					.getCookies()
					.stream()
					.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
					.toList());
	}

	/**
	 * A personal access token of a user, as an API client sends it (read scope, 30 days).
	 * @param email the user
	 * @return {@code Authorization: Bearer ...}
	 */
	String bearerHeader(String email) {
		return bearerHeader(email, org.smrdesk.apitoken.TokenScope.READ);
	}

	/**
	 * A personal access token of a user with a scope (30 days).
	 * @param email the user
	 * @param scope what it may do
	 * @return {@code Authorization: Bearer ...}
	 */
	String bearerHeader(String email, org.smrdesk.apitoken.TokenScope scope) {
		org.smrdesk.core.CurrentUser user = jdbc().queryForObject(
				"select u.id, u.email, u.display_name, u.department_id, d.name, u.role from users u "
						+ "join departments d on d.id = u.department_id where u.email = ?",
				(rs, row) -> new org.smrdesk.core.CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getLong(4), rs.getString(5), org.smrdesk.core.Role.valueOf(rs.getString(6)), null, true),
				email);
		return "Authorization: Bearer " + this.context.getBean(org.smrdesk.apitoken.ApiTokenService.class)
			.create(user, "Page benchmark", scope, 30);
	}

	static String basicHeader(String email) {
		return "Authorization: Basic "
				+ Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	static String csrf(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).as("the page has a CSRF token").isTrue();
		return token.group(1);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port() + path);
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
