package org.smrdesk.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security events land in the audit log and the application log, and neither ever holds a
 * password (not even one typed in the user-name field) or a session id.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aWrongPasswordIsRecordedWithTheAccountButWithoutThePassword(CapturedOutput output) throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Events Home");
		String wrong = "Wrong-Secret-" + UUID.randomUUID();
		this.mvc.perform(formLogin().user(staff).password(wrong)).andExpect(redirectedUrl("/login?error"));

		assertThat(events(staff)).extracting((row) -> row.get("action")).contains("SIGN_IN_FAILED");
		assertThat(output).contains("SIGN_IN_FAILED").contains(staff).doesNotContain(wrong);
		assertThat(auditText()).doesNotContain(wrong);
	}

	@Test
	void aPasswordTypedAsTheUserNameIsNeverWrittenDown(CapturedOutput output) throws Exception {
		String typed = "Typed-Password-" + UUID.randomUUID();
		this.mvc.perform(formLogin().user(typed).password("something else entirely"))
			.andExpect(redirectedUrl("/login?error"));

		assertThat(output).contains("SIGN_IN_FAILED: account=(unknown account)").doesNotContain(typed);
		assertThat(auditText()).doesNotContain(typed);
	}

	@Test
	void theFifthFailureLocksTheAccountAndALockedSignInIsRecorded(CapturedOutput output) throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Events Home");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(staff).password("wrong password " + i));
		}
		this.mvc.perform(formLogin().user(staff).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?locked"));

		assertThat(events(staff)).extracting((row) -> row.get("action"))
			.containsSubsequence("SIGN_IN_FAILED", "ACCOUNT_LOCKED", "SIGN_IN_REFUSED");
		assertThat(output).contains("ACCOUNT_LOCKED").doesNotContain(TestData.PASSWORD);
	}

	@Test
	void oneAddressTryingManyAccountsIsRecordedAsThrottled(CapturedOutput output) throws Exception {
		String address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250);
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(post("/login").param("username", "nobody-" + i + "@test.example")
				.param("password", "wrong")
				.with(csrf())
				.with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}));
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'ADDRESS_THROTTLED' and actor = ?", Integer.class,
				"address " + address))
			.isEqualTo(1);
		assertThat(output).contains("ADDRESS_THROTTLED: address=" + address);
	}

	@Test
	void aRefusedRequestIsRecordedWithWhoAndWhereButNoSessionId(CapturedOutput output) throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Events Home");
		Cookie session = signIn(staff);
		this.mvc.perform(get("/users").cookie(session)).andExpect(status().isForbidden());

		assertThat(events(staff)).extracting((row) -> row.get("action")).contains("ACCESS_DENIED");
		assertThat(output).contains("ACCESS_DENIED: account=" + staff).contains("GET /users");
		assertNoSessionId(output, session);
	}

	@Test
	void roleAndPasswordChangesAreRecordedWithoutThePasswordsOrTheSession(CapturedOutput output) throws Exception {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Events Home");
		String staff = TestData.user(this.jdbc, Role.STAFF, "Events Home");
		long staffId = TestData.userId(this.jdbc, staff);
		long department = TestData.department(this.jdbc, "Events Home");
		Cookie leadSession = signIn(lead);
		Long version = this.jdbc.queryForObject("select version from users where id = ?", Long.class, staffId);
		this.mvc
			.perform(post("/users/" + staffId + "/edit").cookie(leadSession)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("email", staff)
				.param("displayName", "Promoted Person")
				.param("departmentId", String.valueOf(department))
				.param("role", "MANAGER"))
			.andExpect(status().is3xxRedirection());

		Cookie staffSession = signIn(staff);
		String newPassword = "Fresh passphrase " + UUID.randomUUID();
		this.mvc
			.perform(post("/account/password").cookie(staffSession)
				.with(csrf())
				.param("currentPassword", TestData.PASSWORD)
				.param("newPassword", newPassword)
				.param("confirmation", newPassword))
			.andExpect(redirectedUrl("/account"));

		List<Map<String, Object>> rows = events(staff);
		assertThat(rows).extracting((row) -> row.get("action")).contains("ROLE_CHANGED", "PASSWORD_CHANGED");
		assertThat(rows).filteredOn((row) -> "ROLE_CHANGED".equals(row.get("action")))
			.extracting((row) -> row.get("actor"))
			.containsOnly(lead);
		assertThat(output).contains("ROLE_CHANGED: account=" + staff + ", by=" + lead)
			.contains("STAFF to MANAGER")
			.contains("PASSWORD_CHANGED")
			.doesNotContain(newPassword)
			.doesNotContain(TestData.PASSWORD);
		assertThat(auditText()).doesNotContain(newPassword).doesNotContain(TestData.PASSWORD);
		assertNoSessionId(output, staffSession);
		assertNoSessionId(output, leadSession);
	}

	private void assertNoSessionId(CapturedOutput output, Cookie session) {
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		assertThat(output).doesNotContain(id).doesNotContain(session.getValue());
		assertThat(auditText()).doesNotContain(id);
	}

	private List<Map<String, Object>> events(String email) {
		return this.jdbc.queryForList("""
				select a.actor, a.action from audit_log a join users u on u.id = a.entity_id
				where a.entity_type = 'User' and u.email = ? order by a.id""", email);
	}

	private String auditText() {
		return String.join("\n",
				this.jdbc.queryForList(
						"select actor || ' ' || action || ' ' || entity_type || ' ' || changed_fields from audit_log",
						String.class));
	}

	private Cookie signIn(String email) throws Exception {
		return SignIn.session(this.mvc, email);
	}

}
