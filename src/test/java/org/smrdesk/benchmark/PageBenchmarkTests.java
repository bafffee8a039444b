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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smrdesk.TestData;
import org.smrdesk.TestDatabaseConfiguration;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput and latency percentiles of the main pages, signed in as a lead, against a
 * baseline measured in the same run (the static health endpoint). On demand only:
 * {@code ./mvnw test -Dtest.excludedGroups= -Dtest=PageBenchmarkTests}. Seeds
 * {@code -Dbenchmark.rows} (default 5,000) audit rows and users first. Writes
 * {@code target/benchmarks/pages.md}. No timing assertion: the report is for people to
 * compare.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PageBenchmarkTests {

	static final int WARMUP = Integer.getInteger("benchmark.warmup", 50);

	static final int REQUESTS = Integer.getInteger("benchmark.requests", 300);

	static final int ROWS = Integer.getInteger("benchmark.rows", 5_000);

	static final List<String> PAGES = List.of(
			System
				.getProperty("benchmark.pages",
						"/,/users,/users?q=bench,/departments,/audit,/activities,/services,/policies,"
								+ "/incidents,/contacts,/vendors,/trainings")
				.split(","));

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void measureThePagesAgainstTheBaseline() throws Exception {
		seed();
		String lead = TestData.user(this.jdbc, Role.LEAD, "Bench Home");
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		signIn(client, lead);

		List<String> lines = new ArrayList<>();
		lines.add("| page | status | requests/s | p50 ms | p95 ms | p99 ms | max ms | × baseline p50 |");
		lines.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
		Result baseline = measure(client, "/actuator/health");
		lines.add(baseline.line(baseline));
		for (String page : PAGES) {
			Result result = measure(client, page);
			lines.add(result.line(baseline));
		}
		Path report = Path.of("target", "benchmarks", "pages.md");
		Files.createDirectories(report.getParent());
		String text = "# Page benchmark\n\n" + ROWS + " seeded rows, " + WARMUP + " warm-up and " + REQUESTS
				+ " measured sequential requests per page, signed in as a lead.\n\n" + String.join("\n", lines) + "\n";
		Files.writeString(report, text);
		System.out.println(text);
		assertThat(baseline.status()).isEqualTo(200);
	}

	private void seed() {
		this.jdbc.update("""
				insert into audit_log (actor, occurred_at, action, entity_type, entity_id, changed_fields)
				select 'bench@test.example', now() - (g || ' minutes')::interval, 'UPDATE', 'Bench', g, 'name'
				from generate_series(1, ?) g""", ROWS);
		long department = TestData.department(this.jdbc, "Bench Department");
		this.jdbc.update(
				"""
						insert into users (email, display_name, department_id, role, active, password_hash,
						                   created_at, created_by, updated_at, updated_by)
						select 'bench-' || g || '@test.example', 'Bench User ' || g, ?, 'STAFF', true, 'x', now(), 'b', now(), 'b'
						from generate_series(1, ?) g on conflict do nothing""",
				department, Math.min(ROWS, 2_000));
	}

	private void signIn(HttpClient client, String email) throws IOException, InterruptedException {
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
	}

	private Result measure(HttpClient client, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build();
		int status = 0;
		for (int i = 0; i < WARMUP; i++) {
			status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		long[] nanos = new long[REQUESTS];
		long start = System.nanoTime();
		for (int i = 0; i < REQUESTS; i++) {
			long t = System.nanoTime();
			status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
			nanos[i] = System.nanoTime() - t;
		}
		long total = System.nanoTime() - start;
		Arrays.sort(nanos);
		return new Result(path, status, REQUESTS / (total / 1e9), percentile(nanos, 50), percentile(nanos, 95),
				percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	record Result(String path, int status, double throughput, double p50, double p95, double p99, double max) {

		String line(Result baseline) {
			return String.format(Locale.ROOT, "| `%s` | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %.1f |", this.path,
					this.status, this.throughput, this.p50, this.p95, this.p99, this.max, this.p50 / baseline.p50);
		}

	}

}
