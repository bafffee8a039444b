package org.smrdesk.user;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTokens;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.apitoken.ApiTokenService;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead creates and changes users through the API; a new role applies from the user's
 * very next request (their token is checked against the user as stored now), and
 * deactivating shuts their token out at once.
 */
@IntegrationTest
class UserApiWriteTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private UserDetailsService users;

	@Test
	void theLeadCreatesAUserAndARoleChangeAppliesOnTheirNextRequest() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String department = "Api Users " + unique;
		long home = TestData.department(this.jdbc, department);
		long other = TestData.department(this.jdbc, "Api Users Other " + unique);
		RequestPostProcessor lead = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.LEAD, "Api Users Lead"));
		String email = "api-user-" + unique + "@test.example";
		String created = """
				{"email": "%s", "displayName": "Api User %s", "departmentId": %d, "role": "STAFF",
				 "password": "%s"}""".formatted(email, unique, home, TestData.PASSWORD);
		RequestPostProcessor someStaff = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.STAFF, department));
		this.mvc.perform(post("/api/v1/users").with(someStaff).contentType(MediaType.APPLICATION_JSON).content(created))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/users").with(lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(created.replace(TestData.PASSWORD, "short")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		String location = this.mvc
			.perform(post("/api/v1/users").with(lead).contentType(MediaType.APPLICATION_JSON).content(created))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.role").value("STAFF"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(this.jdbc.queryForObject("select password_hash from users where email = ?", String.class, email))
			.doesNotContain(TestData.PASSWORD);
		RequestPostProcessor user = ApiTokens.bearer(this.tokens, this.users, email);
		this.mvc.perform(get("/api/v1/users").with(user)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/users").with(httpBasic(email, TestData.PASSWORD)))
			.andExpect(status().isForbidden());

		String promoted = """
				{"email": "%s", "displayName": "Api User %s", "departmentId": %d, "role": "LEAD"}""".formatted(email,
				unique, other);
		this.mvc
			.perform(put(location).with(lead)
				.header("If-Match", "\"7\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(promoted))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(put(location).with(lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(promoted))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("LEAD"))
			.andExpect(jsonPath("$.departmentId").value(other));
		this.mvc.perform(get("/api/v1/users").with(user)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/users").with(httpBasic(email, TestData.PASSWORD))).andExpect(status().isOk());

		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(promoted.replace("\"LEAD\"", "\"STAFF\"")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/users").with(user)).andExpect(status().isForbidden());

		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(promoted.replace("}", ", \"active\": false}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(get("/api/v1/departments").with(user)).andExpect(status().isUnauthorized());
	}

}
