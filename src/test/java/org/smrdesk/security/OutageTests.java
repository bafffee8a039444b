package org.smrdesk.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.TestData;
import org.smrdesk.TestDatabases;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database outage, for real: the application reaches its database through a TCP proxy
 * that the test cuts (every connection closed, new ones refused) and restores. Readiness
 * turns DOWN and users get the 503 page (problem detail in the API) within 5 s; when the
 * database is back, so is the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "smr.monitoring.polling=false" })
@Import(OutageTests.ThroughProxy.class)
class OutageTests {

	static final TcpProxy proxy = OutageTests.startProxy();

	private static final Duration LIMIT = Duration.ofSeconds(5);

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void databaseReachable() throws Exception {
		proxy.restore();
		assertThat(eventually(() -> get(client(), "/actuator/health/readiness", "application/json").statusCode()))
			.isEqualTo(200);
	}

	@AfterEach
	void restore() {
		proxy.restore();
	}

	@Test
	void aStoppedDatabaseTurnsReadinessDownAndPagesInto503sWithinFiveSecondsUntilItIsBack() throws Exception {
		String email = TestData.user(this.jdbc, Role.LEAD, "Outage Home");
		HttpClient browser = client();
		signIn(browser, email);
		assertThat(get(client(), "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
		assertThat(get(browser, "/activities", "text/html").statusCode()).isEqualTo(200);

		proxy.cut();

		Timed readiness = timed(() -> get(client(), "/actuator/health/readiness", "application/json"));
		assertThat(readiness.response().statusCode()).isEqualTo(503);
		assertThat(readiness.response().body()).contains("DOWN");
		assertThat(readiness.took()).isLessThan(LIMIT);

		Timed page = timed(() -> get(browser, "/activities", "text/html"));
		assertThat(page.response().statusCode()).isEqualTo(503);
		assertThat(page.response().headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.response().body()).contains("SMR Desk is briefly unavailable");
		assertThat(page.took()).isLessThan(LIMIT);

		Timed api = timed(() -> apiGet(client(), email, "/api/v1/vendors"));
		assertThat(api.response().statusCode()).isEqualTo(503);
		assertThat(api.response().headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.response().body()).contains("\"status\":503");
		assertThat(api.took()).isLessThan(LIMIT);

		HttpClient visitor = client();
		String loginForm = get(visitor, "/login", "text/html").body();
		Timed signIn = timed(() -> post(visitor, "/login", loginForm,
				"username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + TestData.PASSWORD));
		assertThat(signIn.response().statusCode()).isEqualTo(503);
		assertThat(signIn.took()).isLessThan(LIMIT);

		proxy.restore();

		assertThat(eventually(() -> get(client(), "/actuator/health/readiness", "application/json").statusCode()))
			.isEqualTo(200);
		HttpClient again = client();
		signIn(again, email);
		assertThat(get(again, "/activities", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void aWriteSavedJustBeforeTheDatabaseGoesIsNotReportedAsFailed() throws Exception {
		String email = TestData.user(this.jdbc, Role.LEAD, "Outage Home");
		HttpClient browser = client();
		signIn(browser, email);
		String name = "Outage " + UUID.randomUUID().toString().substring(0, 8);
		String form = get(browser, "/departments/new", "text/html").body();

		proxy.cutAfterCommitOf(name);
		Timed answer = timed(
				() -> post(browser, "/departments/new", form, "name=" + name.replace(' ', '+') + "&headCount=5"));
		proxy.restore();

		int saved;
		try (Connection direct = TestDatabases.ownerConnection();
				PreparedStatement query = direct.prepareStatement("select count(*) from departments where name = ?")) {
			query.setString(1, name);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				saved = rows.getInt(1);
			}
		}
		assertThat(saved).isEqualTo(1);
		assertThat(answer.response().statusCode()).as("a saved write is answered as saved").isBetween(300, 399);
		assertThat(answer.took()).isLessThan(Duration.ofSeconds(10));
	}

	private HttpResponse<String> post(HttpClient browser, String path, String form, String fields)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder(fields);
		Matcher hidden = Pattern.compile("type=\"hidden\" name=\"(_csrf|_idempotencyKey)\" value=\"([^\"]+)\"")
			.matcher(form);
		while (hidden.find()) {
			body.append('&').append(hidden.group(1)).append('=').append(hidden.group(2));
		}
		return browser.send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int eventually(Call<Integer> call) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		int last = call.run();
		while (last != 200 && System.nanoTime() < deadline) {
			Thread.sleep(250);
			last = call.run();
		}
		return last;
	}

	private static Timed timed(Call<HttpResponse<String>> call) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = call.run();
		return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
	}

	private HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private void signIn(HttpClient browser, String email) throws Exception {
		HttpResponse<String> answer = postLogin(browser, email);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/").doesNotContain("login"));
	}

	private HttpResponse<String> postLogin(HttpClient browser, String email) throws IOException, InterruptedException {
		String form = get(browser, "/login", "text/html").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		String token = csrf.find() ? csrf.group(1) : "";
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token;
		return browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(HttpClient browser, String path, String accept)
			throws IOException, InterruptedException {
		return browser.send(
				HttpRequest.newBuilder(url(path)).header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> apiGet(HttpClient client, String email, String path)
			throws IOException, InterruptedException {
		String basic = Base64.getEncoder()
			.encodeToString((email + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(url(path))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + basic)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static TcpProxy startProxy() {
		URI database = URI.create(TestDatabases.get().url().substring("jdbc:".length()));
		try {
			return new TcpProxy(database.getHost(), database.getPort());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	interface Call<T> {

		T run() throws Exception;

	}

	record Timed(HttpResponse<String> response, Duration took) {
	}

	/**
	 * The application connects through the proxy; Flyway migrates as the owner, directly.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ThroughProxy {

		@Bean
		FlywayConnectionDetails outageDatabaseOwner() {
			TestDatabases.Database db = TestDatabases.get();
			return new FlywayConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return db.url();
				}

				@Override
				public String getUsername() {
					return db.ownerUsername();
				}

				@Override
				public String getPassword() {
					return db.ownerPassword();
				}

			};
		}

		@Bean
		JdbcConnectionDetails outageDatabase() {
			TestDatabases.Database db = TestDatabases.get();
			String url = db.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
			return new JdbcConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return url;
				}

				@Override
				public String getUsername() {
					return db.username();
				}

				@Override
				public String getPassword() {
					return db.password();
				}

			};
		}

	}

}
