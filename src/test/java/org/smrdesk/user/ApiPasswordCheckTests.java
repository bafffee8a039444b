package org.smrdesk.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API remembers a successful password check for a minute (no BCrypt on every
 * request), yet a changed password, a deactivation or a wrong password take effect on the
 * very next request. And the colleague type-ahead answers names, not everyone.
 */
@IntegrationTest
class ApiPasswordCheckTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private org.springframework.security.core.userdetails.UserDetailsService userDetails;

	private String email;

	@BeforeEach
	void signUp() {
		this.email = TestData.user(this.jdbc, Role.STAFF, "Api Password");
	}

	@Test
	void aChangedPasswordIsRefusedOnTheNextRequest() throws Exception {
		this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.email, TestData.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.email, TestData.PASSWORD)))
			.andExpect(status().isOk());
		this.accounts.changePassword(TestData.userId(this.jdbc, this.email), TestData.PASSWORD,
				"another-long-passphrase-9", null);
		this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.email, TestData.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.email, "another-long-passphrase-9")))
			.andExpect(status().isOk());
	}

	@Test
	void aDeactivatedUserIsRefusedOnTheNextRequest() throws Exception {
		this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.email, TestData.PASSWORD)))
			.andExpect(status().isOk());
		this.jdbc.update("update users set active = false where email = ?", this.email);
		this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.email, TestData.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aWrongPasswordIsNeverRemembered() throws Exception {
		this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.email, TestData.PASSWORD)))
			.andExpect(status().isOk());
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.email, TestData.PASSWORD + "x")))
				.andExpect(status().isUnauthorized());
		}
	}

	@Test
	void theTypeAheadOffersActiveColleaguesWhoseNameStartsWithWhatWasTyped() throws Exception {
		String department = "Lookup " + System.nanoTime();
		String email = TestData.user(this.jdbc, Role.STAFF, department);
		String name = "Zyx_%Lookup " + System.nanoTime();
		this.jdbc.update("update users set display_name = ? where email = ?", name, email);
		var viewer = this.userDetails.loadUserByUsername(email);
		this.mvc.perform(get("/people/lookup").param("q", name.substring(0, 8).toUpperCase()).with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value(name));
		this.mvc.perform(get("/people/lookup").param("q", "Zyx__").with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string("[]"));
		this.mvc.perform(get("/people/lookup").param("q", "").with(user(viewer))).andExpect(content().string("[]"));
		this.jdbc.update("update users set active = false where email = ?", email);
		this.mvc.perform(get("/people/lookup").param("q", name).with(user(viewer))).andExpect(content().string("[]"));
		this.mvc.perform(get("/activities").param("ownerName", "zzz-nobody").with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("zzz-nobody")));
	}

}
