package org.smrdesk.home;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.SettingsVariantTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Company-wide dashboard figures are kept for a minute (as in production), and keeping
 * them shows nobody more than their role may see: once the lead's home page has filled
 * them, a staff member's home page still has none of the lead's panels, and a manager
 * sees the same company-wide figures as the lead.
 */
@SettingsVariantTest
class CompanyFiguresTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void keptFiguresAreShownOnlyToTheRolesWhoseHomePageHasThem() throws Exception {
		String department = "Figures " + System.nanoTime();
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, department));
		Cookie manager = signIn(TestData.user(this.jdbc, Role.MANAGER, department));
		Cookie staff = signIn(TestData.user(this.jdbc, Role.STAFF, department));

		this.mvc.perform(get("/").cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("activity-month-title")))
			.andExpect(content().string(containsString(department)));

		this.mvc.perform(get("/").cookie(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("activity-month-title"))));
		this.mvc.perform(get("/").cookie(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("activity-month-title")))
			.andExpect(content().string(containsString(department)));
	}

	private Cookie signIn(String email) throws Exception {
		return this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
