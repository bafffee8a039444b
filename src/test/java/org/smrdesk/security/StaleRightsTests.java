package org.smrdesk.security;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rights follow the database on the user's next request, not at the next sign-in; a
 * password change ends the other sessions; sessions have an idle and an absolute limit.
 */
@IntegrationTest
class StaleRightsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private Cookie signIn(String email) throws Exception {
		return SignIn.session(this.mvc, email);
	}

	@Test
	void aDemotedLeadIsRefusedOnTheirNextRequestAndCannotCreateALead() throws Exception {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Stale Home");
		Cookie session = signIn(lead);
		this.mvc.perform(get("/users").cookie(session)).andExpect(status().isOk());

		this.jdbc.update("update users set role = 'STAFF', version = version + 1 where email = ?", lead);

		this.mvc.perform(get("/users").cookie(session)).andExpect(status().isForbidden());
		long department = TestData.department(this.jdbc, "Stale Home");
		String newLead = "new-lead-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		this.mvc
			.perform(post("/users/new").cookie(session)
				.with(csrf())
				.param("email", newLead)
				.param("displayName", "Sneaky Lead")
				.param("departmentId", String.valueOf(department))
				.param("role", "LEAD")
				.param("password", "a-long-enough-passphrase"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from users where email = ?", Integer.class, newLead))
			.isZero();
	}

	@Test
	void aStaffUserMovedToAnotherDepartmentCannotEditTheOldDepartmentsActivityOnTheNextRequest() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Stale HR");
		long hr = TestData.department(this.jdbc, "Stale HR");
		long marketing = TestData.department(this.jdbc, "Stale Marketing");
		long activity = activity(hr, TestData.userId(this.jdbc, staff));
		Cookie session = signIn(staff);
		this.mvc.perform(get("/activities/" + activity + "/edit").cookie(session)).andExpect(status().isOk());

		this.jdbc.update("update users set department_id = ?, version = version + 1 where email = ?", marketing, staff);

		this.mvc.perform(get("/activities/" + activity + "/edit").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void aDeactivatedUsersSessionIsEndedOnTheNextRequestEvenWhenChangedInTheDatabase() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Stale Home");
		Cookie session = signIn(staff);
		this.jdbc.update("update users set active = false where email = ?", staff);
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Stale Home");
		Cookie laptop = signIn(staff);
		Cookie phone = signIn(staff);
		this.mvc
			.perform(post("/account/password").cookie(laptop)
				.with(csrf())
				.param("currentPassword", TestData.PASSWORD)
				.param("newPassword", "a brand new passphrase")
				.param("confirmation", "a brand new passphrase"))
			.andExpect(redirectedUrl("/account"));

		this.mvc.perform(get("/").cookie(phone)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").cookie(laptop)).andExpect(status().isOk());
	}

	@Test
	void aSessionEndsAfterTheAbsoluteTimeoutEvenWhenUsed() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Stale Home");
		Cookie session = signIn(staff);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		this.jdbc.update("update spring_session set creation_time = creation_time - ? where principal_name = ?",
				13L * 3600 * 1000, staff);

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void sessionsExpireAfterThirtyIdleMinutesByDefault() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Stale Home");
		signIn(staff);
		assertThat(this.jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
				Integer.class, staff))
			.isEqualTo(30 * 60);
	}

	private long activity(long departmentId, long ownerId) {
		String name = "Stale service " + UUID.randomUUID().toString().substring(0, 8);
		long service = TestData.channel(name).insert(this.jdbc);
		return TestData.activity(departmentId, service, ownerId)
			.with("title", "Stale rights post")
			.with("activity_date", LocalDate.of(2026, 11, 2))
			.insert(this.jdbc);
	}

}
