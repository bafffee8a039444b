package org.smrdesk.user;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My account" password changes and department administration, through the real stack.
 */
@IntegrationTest
class AccountAndDepartmentTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Test
	void changingThePasswordNeedsTheCurrentOneAndTwelveCharacters() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Account Home");
		var me = this.userDetailsService.loadUserByUsername(email);

		this.mvc
			.perform(post("/account/password").param("currentPassword", "wrong-password!")
				.param("newPassword", "a-new-long-password")
				.param("confirmation", "a-new-long-password")
				.with(user(me))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wrong"));

		this.mvc
			.perform(post("/account/password").param("currentPassword", TestData.PASSWORD)
				.param("newPassword", "short")
				.param("confirmation", "short")
				.with(user(me))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "Size"));

		this.mvc
			.perform(post("/account/password").param("currentPassword", TestData.PASSWORD)
				.param("newPassword", "a-new-long-password")
				.param("confirmation", "a-different-password")
				.with(user(me))
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "password.confirmation.mismatch"));

		this.mvc
			.perform(post("/account/password").param("currentPassword", TestData.PASSWORD)
				.param("newPassword", "a-new-long-password")
				.param("confirmation", "a-new-long-password")
				.with(user(me))
				.with(csrf()))
			.andExpect(redirectedUrl("/account"));

		this.mvc.perform(formLogin().user(email).password("a-new-long-password")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aDuplicateDepartmentNameIsAFieldError() throws Exception {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Account Home");
		TestData.department(this.jdbc, "Dept Twin");
		this.mvc
			.perform(post("/departments/new").param("name", "dept twin")
				.param("headCount", "4")
				.with(user(this.userDetailsService.loadUserByUsername(lead)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "department.name.duplicate"));
	}

	@Test
	void aNonNumericHeadCountIsAFieldErrorAndTheNameIsKept() throws Exception {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Account Home");
		this.mvc
			.perform(post("/departments/new").param("name", "Typed Name")
				.param("headCount", "lots")
				.with(user(this.userDetailsService.loadUserByUsername(lead)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "headCount", "typeMismatch"))
			.andExpect(content().string(containsString("value=\"Typed Name\"")))
			.andExpect(content().string(containsString("Please enter a whole number.")));
	}

	@Test
	void twoLeadsEditingOneDepartmentTheSecondGetsAConflict() throws Exception {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Account Home");
		long id = TestData.department(this.jdbc, "Dept Contested " + System.nanoTime());
		var principal = this.userDetailsService.loadUserByUsername(lead);
		this.mvc
			.perform(post("/departments/" + id + "/edit").param("version", "0")
				.param("name", "Dept First Save " + id)
				.param("headCount", "5")
				.with(user(principal))
				.with(csrf()))
			.andExpect(redirectedUrl("/departments"));
		this.mvc
			.perform(post("/departments/" + id + "/edit").param("version", "0")
				.param("name", "Dept Second Save " + id)
				.param("headCount", "6")
				.with(user(principal))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("Dept Second Save " + id)));
	}

	@Test
	void everyoneSignedInCanReadDepartments() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Account Home");
		this.mvc.perform(get("/departments").with(user(this.userDetailsService.loadUserByUsername(staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Account Home")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/departments/new"))));
	}

}
