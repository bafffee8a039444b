package org.smrdesk.user;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.MovableClock;
import org.smrdesk.TestData;
import org.smrdesk.apitoken.ApiTokenService;
import org.smrdesk.apitoken.TokenScope;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Two-step sign-in (TOTP, RFC 6238) end to end: set up on the account page, the code step
 * after the password, recovery codes, replay and throttling, HTTP Basic, a lead's reset,
 * and {@code smr.security.require-mfa-for-lead}. Codes are computed here from the secret,
 * at the time of the application's clock (a clock this test moves).
 */
@IntegrationTest
@Import(SecondFactorTests.SteppingClock.class)
@TestPropertySource(properties = "smr.security.require-mfa-for-lead=true")
class SecondFactorTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MovableClock clock;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private DatabaseUserDetailsService users;

	@Test
	void settingUpShowsTheKeyAndAQrCodeAndTakesEffectOnlyWithARightCode() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Two-step Home");
		Cookie session = signedIn(staff);
		MvcResult page = this.mvc.perform(get("/account/two-step").cookie(session))
			.andExpect(status().isOk())
			.andExpect(view().name("my-account/two-step"))
			.andReturn();
		String secret = ((String) page.getModelAndView().getModel().get("secret")).replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		this.mvc.perform(get("/account/two-step/qr.svg").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<svg")));

		this.mvc.perform(post("/account/two-step").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("enableForm", "code", "twoStep.code.wrong"));
		assertThat(hasSecondFactor(staff)).isFalse();

		MvcResult done = this.mvc
			.perform(post("/account/two-step").cookie(session).with(csrf()).param("code", codeNow(secret)))
			.andExpect(status().isOk())
			.andExpect(view().name("my-account/recovery-codes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) done.getModelAndView().getModel().get("codes");
		assertThat(codes).hasSize(10).allMatch((code) -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
		assertThat(hasSecondFactor(staff)).isTrue();
		assertThat(this.jdbc.queryForList("select code_hash from recovery_codes where user_id = ?", String.class,
				TestData.userId(this.jdbc, staff)))
			.hasSize(10)
			.noneMatch((hash) -> codes.stream().anyMatch((code) -> hash.contains(code.replace("-", ""))));
		assertThat(audit(staff, "MFA_ENABLED")).isEqualTo(1);
		this.mvc.perform(get("/account").cookie(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("10 recovery codes left")));
	}

	@Test
	void aUserWithASecondFactorIsNotSignedInUntilTheCodeIsRight() throws Exception {
		String staff = withSecondFactor(Role.STAFF);
		Cookie firstAsked = this.mvc.perform(get("/activities"))
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getResponse()
			.getCookie("REDIRECT_URI");
		assertThat(firstAsked).as("the page first asked for, kept in a cookie").isNotNull();
		MvcResult passwordStep = this.mvc
			.perform(post("/login").param("username", staff)
				.param("password", TestData.PASSWORD)
				.with(csrf())
				.cookie(firstAsked))
			.andExpect(redirectedUrl("/login/code"))
			.andReturn();
		assertThat(passwordStep.getResponse().getCookie("REDIRECT_URI")).as("kept until the code is right").isNull();
		Cookie half = passwordStep.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/activities").cookie(half)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login/code").cookie(half)).andExpect(view().name("login-code"));

		this.mvc.perform(post("/login/code").cookie(half).with(csrf()).param("code", "123456"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "twoStep.code.wrong"));
		this.mvc.perform(get("/activities").cookie(half)).andExpect(redirectedUrl("/login"));

		MvcResult signedIn = this.mvc
			.perform(post("/login/code").cookie(half, firstAsked).with(csrf()).param("code", codeNow(SECRET)))
			.andExpect(redirectedUrl("http://localhost/activities"))
			.andReturn();
		assertThat(signedIn.getResponse().getCookie("REDIRECT_URI").getMaxAge()).as("used once").isZero();
		Cookie full = signedIn.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/activities").cookie(full)).andExpect(status().isOk());
		assertThat(full.getValue()).as("a new session id after the second step").isNotEqualTo(half.getValue());
	}

	@Test
	void theSameCodeIsRefusedASecondTimeEvenInItsOwnThirtySeconds() throws Exception {
		String staff = withSecondFactor(Role.STAFF);
		String code = codeNow(SECRET);
		code(password(staff), code);

		Cookie again = password(staff);
		this.mvc.perform(post("/login/code").cookie(again).with(csrf()).param("code", code))
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "twoStep.code.wrong"));
		this.clock.advance(TotpCodes.STEP);
		code(again, codeNow(SECRET));
	}

	@Test
	void aRecoveryCodeSignsInOnceAndIsStoredHashed() throws Exception {
		String staff = withSecondFactor(Role.STAFF);
		Cookie session = code(password(staff), codeNow(SECRET));
		this.clock.advance(TotpCodes.STEP);
		MvcResult renewed = this.mvc.perform(
				post("/account/two-step/recovery-codes").cookie(session).with(csrf()).param("code", codeNow(SECRET)))
			.andExpect(view().name("my-account/recovery-codes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		String recovery = ((List<String>) renewed.getModelAndView().getModel().get("codes")).get(3);

		code(password(staff), recovery.toUpperCase());
		Cookie second = password(staff);
		this.mvc.perform(post("/login/code").cookie(second).with(csrf()).param("code", recovery))
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "twoStep.code.wrong"));
		assertThat(audit(staff, "RECOVERY_CODE_USED")).isEqualTo(1);
		assertThat(audit(staff, "RECOVERY_CODES_RENEWED")).isEqualTo(1);
	}

	@Test
	void wrongCodesAreThrottledLikePasswordsAndARightPasswordDoesNotResetThem() throws Exception {
		String staff = withSecondFactor(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			Cookie session = password(staff);
			this.mvc.perform(post("/login/code").cookie(session).with(csrf()).param("code", "00000" + i))
				.andExpect(model().attributeHasFieldErrorCode("form", "code", "twoStep.code.wrong"));
		}
		Cookie session = password(staff);
		this.mvc.perform(post("/login/code").cookie(session).with(csrf()).param("code", codeNow(SECRET)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Too many wrong codes")));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(audit(staff, "MFA_FAILED")).isEqualTo(5);
	}

	@Test
	void aHalfFinishedSignInExpires() throws Exception {
		String staff = withSecondFactor(Role.STAFF);
		Cookie half = password(staff);
		this.clock.advance(SecondFactorSignIn.PENDING_FOR.plusSeconds(1));
		this.mvc.perform(post("/login/code").cookie(half).with(csrf()).param("code", codeNow(SECRET)))
			.andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void httpBasicIsRefusedForAUserWithASecondFactorButTheirTokensWork() throws Exception {
		String staff = withSecondFactor(Role.STAFF);
		String plain = TestData.user(this.jdbc, Role.STAFF, "Two-step Home");
		this.mvc.perform(get("/api/v1/incidents").with(httpBasic(plain, TestData.PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/incidents").with(httpBasic(staff, TestData.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		String token = this.tokens.create((CurrentUser) this.users.loadUserByUsername(staff), "CI", TokenScope.READ, 7);
		this.mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
	}

	@Test
	void turningItOffNeedsACode() throws Exception {
		String staff = withSecondFactor(Role.STAFF);
		Cookie session = code(password(staff), codeNow(SECRET));
		this.mvc.perform(post("/account/two-step/delete").cookie(session).with(csrf()).param("code", "999999"))
			.andExpect(model().attributeHasFieldErrorCode("disableForm", "code", "twoStep.code.wrong"));
		assertThat(hasSecondFactor(staff)).isTrue();
		this.clock.advance(TotpCodes.STEP);
		this.mvc.perform(post("/account/two-step/delete").cookie(session).with(csrf()).param("code", codeNow(SECRET)))
			.andExpect(redirectedUrl("/account"));
		assertThat(hasSecondFactor(staff)).isFalse();
		this.mvc.perform(formLogin(staff)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aLeadWithoutASecondFactorIsSentToSetItUpBeforeAnythingElse() throws Exception {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Two-step Home");
		Cookie session = signedIn(lead);
		this.mvc.perform(get("/users").cookie(session)).andExpect(redirectedUrl("/account/two-step?required"));
		this.mvc.perform(post("/users/new").cookie(session).with(csrf()).param("email", "x@test.example"))
			.andExpect(redirectedUrl("/account/two-step?required"));
		this.mvc.perform(get("/account/two-step").cookie(session)).andExpect(status().isOk());

		String staff = TestData.user(this.jdbc, Role.STAFF, "Two-step Home");
		this.mvc.perform(get("/activities").cookie(signedIn(staff))).andExpect(status().isOk());
	}

	@Test
	void aLeadCanTurnOffAnotherUsersSecondFactorAndItIsAudited() throws Exception {
		String lead = withSecondFactor(Role.LEAD);
		String staff = withSecondFactor(Role.STAFF);
		Cookie session = code(password(lead), codeNow(SECRET));
		long staffId = TestData.userId(this.jdbc, staff);
		this.mvc.perform(post("/users/" + staffId + "/two-step/delete").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/users/" + staffId));
		assertThat(hasSecondFactor(staff)).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'MFA_DISABLED' and entity_id = ? and actor = ?",
				Integer.class, staffId, lead))
			.isEqualTo(1);
		this.mvc.perform(formLogin(staff)).andExpect(redirectedUrl("/"));
	}

	private String withSecondFactor(Role role) {
		String email = TestData.user(this.jdbc, role, "Two-step Home");
		long id = TestData.userId(this.jdbc, email);
		this.jdbc.update(
				"insert into second_factors (user_id, secret, last_used_step, enabled_at) values (?, ?, 0, now())", id,
				SECRET);
		return email;
	}

	private String codeNow(String secret) {
		return TotpCodes.codeAt(secret, this.clock.instant());
	}

	private boolean hasSecondFactor(String email) {
		return this.jdbc.queryForObject("select count(*) from second_factors where user_id = ?", Integer.class,
				TestData.userId(this.jdbc, email)) == 1;
	}

	private int audit(String email, String action) {
		return this.jdbc.queryForObject("select count(*) from audit_log where action = ? and entity_id = ?",
				Integer.class, action, TestData.userId(this.jdbc, email));
	}

	private org.springframework.test.web.servlet.RequestBuilder formLogin(String email) {
		return post("/login").param("username", email).param("password", TestData.PASSWORD).with(csrf());
	}

	private Cookie signedIn(String email) throws Exception {
		return this.mvc.perform(formLogin(email))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	/** The right password of a user with a second factor: half signed in. */
	private Cookie password(String email) throws Exception {
		Cookie session = this.mvc.perform(formLogin(email))
			.andExpect(redirectedUrl("/login/code"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	/** The second step, right. */
	private Cookie code(Cookie half, String code) throws Exception {
		Cookie full = this.mvc.perform(post("/login/code").cookie(half).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(full).isNotNull();
		return full;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SteppingClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			long step = TotpCodes.step(Instant.now());
			return new MovableClock(Instant.ofEpochSecond(step * TotpCodes.STEP.getSeconds() + 1));
		}

		/**
		 * Requests from an address of this class's own: its wrong codes never throttle
		 * other tests, nor theirs this one.
		 */
		@Bean
		MockMvcBuilderCustomizer ownAddress() {
			String address = "198.18." + ThreadLocalRandom.current().nextInt(1, 255) + "."
					+ ThreadLocalRandom.current().nextInt(1, 255);
			return (builder) -> builder.defaultRequest(get("/").with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}));
		}

	}

}
