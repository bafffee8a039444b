package org.smrdesk.apitoken;

import org.junit.jupiter.api.Test;
import org.smrdesk.SettingsVariantTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code smr.api.basic-auth=false} the password no longer opens the API; tokens do.
 */
@SettingsVariantTest
class ApiBasicAuthOffTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private ApiTokenService tokens;

	@Test
	void thePasswordIsRefusedAndATokenAccepted() throws Exception {
		CurrentUser lead = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Token Communications"));
		this.mvc.perform(get("/api/v1/incidents").with(httpBasic(lead.email(), TestData.PASSWORD)))
			.andExpect(status().isUnauthorized());
		String token = this.tokens.create(lead, "Only way in", TokenScope.READ, 7);
		this.mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
	}

}
