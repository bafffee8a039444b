package org.smrdesk.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Anonymous requests store no session (issue: a crawler or a probe filled
 * {@code spring_session}, one INSERT and a later clean-up each): the page first asked for
 * is kept in a cookie until the sign-in, and the CSRF token of a request without a
 * session (the sign-in page's) in a cookie of its own, never accepted with a session.
 * Every request goes through Spring Session's filter; "no row" is read from the
 * statements the request sent (no INSERT into {@code spring_session}), which the
 * signing-in request is seen to send.
 */
@IntegrationTest
class AnonymousSessionTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION_INSERT = Pattern.compile("(?is)\\binsert\\s+into\\s+spring_session\\b.*");

	private static final String EXPIRED = "Your sign-in page had expired; please sign in again";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private List<SecurityFilterChain> chains;

	@Autowired
	private CsrfTokenRepository csrfTokens;

	/**
	 * MockMvc's {@code csrf()} (used by the other tests of this application context)
	 * replaces the CSRF filter's token repository with a test one kept in the session,
	 * for the rest of the context's life; these tests send real tokens, so the filter
	 * gets the application's own repository back.
	 */
	@BeforeEach
	void theApplicationsOwnCsrfTokens() {
		for (SecurityFilterChain chain : this.chains) {
			for (Filter filter : chain.getFilters()) {
				if (filter instanceof CsrfFilter csrf) {
					ReflectionTestUtils.setField(csrf, "tokenRepository", this.csrfTokens);
				}
			}
		}
	}

	@Test
	void aProtectedPageAskedForWithoutASessionRedirectsToSignInAndStoresNoSession() throws Exception {
		Browser browser = new Browser();
		Answer answer = browser.send(get("/activities"));
		assertThat(answer.response().getStatus()).isEqualTo(302);
		assertThat(answer.response().getRedirectedUrl()).endsWith("/login");
		assertThat(answer.storedASession()).as(answer.statements().toString()).isFalse();
		assertThat(answer.response().getCookie("SESSION")).isNull();

		Answer home = browser.send(get("/"));
		assertThat(home.response().getRedirectedUrl()).endsWith("/login");
		assertThat(home.storedASession()).isFalse();
	}

	@Test
	void anAnonymousPostWithoutATokenIsRefusedAndStoresNoSession() throws Exception {
		Answer answer = new Browser().send(post("/departments/new").param("name", "Crawled"));
		assertThat(answer.response().getStatus()).isEqualTo(403);
		assertThat(answer.storedASession()).as(answer.statements().toString()).isFalse();
		assertThat(answer.response().getCookie("SESSION")).isNull();
	}

	@Test
	void theSignInPageStoresNoSessionAndItsTokenIsInAnHttpOnlyCookie() throws Exception {
		Browser browser = new Browser();
		Answer page = browser.send(get("/login"));
		assertThat(page.response().getStatus()).isEqualTo(200);
		assertThat(page.storedASession()).as(page.statements().toString()).isFalse();
		assertThat(page.response().getCookie("SESSION")).isNull();
		assertThat(token(page)).isNotBlank();
		assertThat(page.response().getCookies()).isNotEmpty().allSatisfy((cookie) -> {
			assertThat(cookie.isHttpOnly()).as(cookie.getName() + " is HttpOnly").isTrue();
			assertThat(cookie.getAttribute("SameSite")).as(cookie.getName() + " SameSite").isEqualTo("Strict");
		});

		Answer again = browser.send(get("/login?error"));
		assertThat(again.storedASession()).isFalse();
		assertThat(token(again)).as("a second look at the page").isNotBlank();
	}

	@Test
	void aWrongPasswordWithTheTokenOfTheSignInPageStoresNoSession() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Anonymous Home");
		Browser browser = new Browser();
		String token = token(browser.send(get("/login")));
		Answer refused = browser.send(signIn(email, "not-the-password", token));
		assertThat(refused.response().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(refused.storedASession()).isFalse();
	}

	@Test
	void signingInWithTheSignInPagesTokenLandsOnThePageFirstAskedFor() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Anonymous Home");
		Browser browser = new Browser();
		browser.send(get("/activities?page=0"));
		String token = token(browser.send(get("/login")));

		Answer signedIn = browser.send(signIn(email, TestData.PASSWORD, token));
		assertThat(signedIn.response().getRedirectedUrl()).isEqualTo("http://localhost/activities?page=0");
		assertThat(signedIn.storedASession()).as("signing in stores the session").isTrue();
		assertThat(signedIn.response().getCookie("SESSION")).isNotNull();

		Answer landed = browser.send(get("/activities?page=0"));
		assertThat(landed.response().getStatus()).isEqualTo(200);
		assertThat(browser.send(get("/")).response().getStatus()).as("still signed in").isEqualTo(200);
	}

	@Test
	void signingInWithoutAPageFirstAskedForLandsOnTheHomePage() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Anonymous Home");
		Browser browser = new Browser();
		String token = token(browser.send(get("/login")));
		assertThat(browser.send(signIn(email, TestData.PASSWORD, token)).response().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aPageFirstAskedForThatIsNotAPathOfThisSiteIsNotFollowed() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Anonymous Home");
		for (String forged : List.of(base64("https://evil.example/"), base64("//evil.example/"), base64("not a path"),
				"%%not-base64%%")) {
			Browser browser = new Browser();
			String token = token(browser.send(get("/login")));
			browser.set(new Cookie("REDIRECT_URI", forged));
			assertThat(browser.send(signIn(email, TestData.PASSWORD, token)).response().getRedirectedUrl()).as(forged)
				.isEqualTo("/");
		}
	}

	@Test
	void aSignInWithoutTheTokenOfItsPageShowsTheSignInPageAgainWithAMessage() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Anonymous Home");
		Browser browser = new Browser();
		Answer refused = browser.send(signIn(email, TestData.PASSWORD, null));
		assertThat(refused.response().getStatus()).isEqualTo(302);
		assertThat(refused.storedASession()).isFalse();
		assertThat(refused.response().getCookie("SESSION")).as("not signed in").isNull();
		String again = refused.response().getRedirectedUrl();
		assertThat(again).startsWith("/login?");

		Answer page = browser.send(get(again));
		assertThat(page.response().getStatus()).isEqualTo(200);
		assertThat(page.response().getContentAsString()).contains(EXPIRED);
		assertThat(page.storedASession()).isFalse();

		Answer signedIn = browser.send(signIn(email, TestData.PASSWORD, token(page)));
		assertThat(signedIn.response().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aSignInWhosePageTokenCookieIsGoneShowsTheMessageToo() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Anonymous Home");
		Browser browser = new Browser();
		String token = token(browser.send(get("/login")));
		browser.forgetCookies();
		Answer refused = browser.send(signIn(email, TestData.PASSWORD, token));
		assertThat(refused.response().getRedirectedUrl()).startsWith("/login?");
		assertThat(refused.response().getCookie("SESSION")).isNull();
		assertThat(browser.send(get(refused.response().getRedirectedUrl())).response().getContentAsString())
			.contains(EXPIRED);
	}

	@Test
	void theSignInPagesTokenIsRefusedForEverythingElse() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Anonymous Home");
		Browser browser = new Browser();
		browser.send(signIn(email, TestData.PASSWORD, token(browser.send(get("/login")))));
		assertThat(browser.send(get("/")).response().getStatus()).isEqualTo(200);

		Browser other = new Browser();
		String loginToken = token(other.send(get("/login")));
		other.cookies.forEach((name, cookie) -> {
			if (!"SESSION".equals(name)) {
				browser.set(cookie);
			}
		});
		Answer logout = browser.send(post("/logout").param("_csrf", loginToken));
		assertThat(logout.response().getStatus()).as("a signed-in page's token is the session's").isEqualTo(403);
		assertThat(browser.send(get("/")).response().getStatus()).as("still signed in").isEqualTo(200);
	}

	private MockHttpServletRequestBuilder signIn(String email, String password, String token) {
		MockHttpServletRequestBuilder request = post("/login").param("username", email).param("password", password);
		if (token != null) {
			request.param("_csrf", token);
		}
		// an address of its own: a wrong password here throttles no other test
		String address = "198.19." + ThreadLocalRandom.current().nextInt(1, 255) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		return request.with((sent) -> {
			sent.setRemoteAddr(address);
			return sent;
		});
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String token(Answer page) throws Exception {
		Matcher token = TOKEN.matcher(page.response().getContentAsString());
		assertThat(token.find()).as("the page has a CSRF token").isTrue();
		return token.group(1);
	}

	/** A browser's cookies, sent with every request and kept from every answer. */
	private final class Browser {

		private final Map<String, Cookie> cookies = new LinkedHashMap<>();

		Answer send(MockHttpServletRequestBuilder request) throws Exception {
			if (!this.cookies.isEmpty()) {
				request.cookie(this.cookies.values().toArray(Cookie[]::new));
			}
			MockHttpServletResponse[] response = new MockHttpServletResponse[1];
			List<String> statements = SqlStatementCounter.statements(
					() -> response[0] = AnonymousSessionTests.this.mvc.perform(request).andReturn().getResponse());
			for (Cookie cookie : response[0].getCookies()) {
				if (cookie.getMaxAge() == 0) {
					this.cookies.remove(cookie.getName());
				}
				else {
					set(cookie);
				}
			}
			return new Answer(response[0], statements);
		}

		void set(Cookie cookie) {
			this.cookies.put(cookie.getName(), new Cookie(cookie.getName(), cookie.getValue()));
		}

		void forgetCookies() {
			this.cookies.clear();
		}

	}

	private record Answer(MockHttpServletResponse response, List<String> statements) {

		boolean storedASession() {
			return this.statements.stream().anyMatch((sql) -> SESSION_INSERT.matcher(sql).matches());
		}

	}

}
