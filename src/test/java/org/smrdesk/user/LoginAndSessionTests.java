package org.smrdesk.user;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in for real: BCrypt, throttling in the database, deactivation, sessions in the
 * database.
 */
@IntegrationTest
class LoginAndSessionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserService users;

	@Autowired
	private UserAccounts accounts;

	@Test
	void theRightPasswordSignsIn() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Login Home");
		this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Login Home");
		this.mvc.perform(formLogin().user(email).password("not-the-password")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPasswordAndTheLockExpires() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Login Home");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(email).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(formLogin().user(email.toUpperCase()).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		Integer failures = this.jdbc.queryForObject("select failures from login_throttle where username = ?",
				Integer.class, email);
		assertThat(failures).isEqualTo(5);

		this.jdbc.update("update login_throttle set locked_until = now() - interval '1 second', "
				+ "first_failure = now() - interval '16 minutes' where username = ?", email);
		this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject("select count(*) from login_throttle where username = ?", Integer.class,
				email))
			.isZero();
	}

	@Test
	void fourFailuresDoNotLock() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Login Home");
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(formLogin().user(email).password("wrong-" + i));
		}
		this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void unknownAccountsAreThrottledTooSoTheAnswerRevealsNothing() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("nobody@test.example").password("x"))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user("nobody@test.example").password("x"))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aDeactivatedUserCannotSignIn() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Login Home");
		this.jdbc.update("update users set active = false where email = ?", email);
		this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void deactivatingAUserEndsTheirSessions() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Login Home");
		String lead = TestData.user(this.jdbc, Role.LEAD, "Login Home");
		MvcResult login = this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("session cookie of Spring Session JDBC").isNotNull();
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		CurrentUser actor = this.users.findByEmail(lead).orElseThrow().toCurrentUser();
		this.accounts.deactivate(TestData.userId(this.jdbc, email), actor);

		this.mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, email))
			.isZero();
	}

	@Test
	void signingInChangesTheSessionId() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Login Home");
		MvcResult anonymous = this.mvc.perform(get("/login")).andReturn();
		Cookie before = anonymous.getResponse().getCookie("SESSION");
		MvcResult login = this.mvc
			.perform(post("/login").param("username", email)
				.param("password", TestData.PASSWORD)
				.with(csrf())
				.cookie((before != null) ? new Cookie[] { before } : new Cookie[0]))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		if (before != null) {
			assertThat(after.getValue()).isNotEqualTo(before.getValue());
		}
	}

	@Test
	void signingInWithoutACsrfTokenIsRefusedWithTheSignInPageAgain() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Login Home");
		// no session stored: AnonymousSessionTests (MockMvc's csrf() of this class keeps
		// tokens in the session)
		this.mvc.perform(post("/login").param("username", email).param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?pageExpired"));
		this.mvc.perform(get("/login?pageExpired"))
			.andExpect(content().string(containsString("Your sign-in page had expired; please sign in again.")));
	}

	@Test
	void logoutIsAPostWithCsrf() throws Exception {
		this.mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

}
