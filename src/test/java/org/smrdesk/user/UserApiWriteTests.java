package org.smrdesk.user;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.apitoken.TokenScope;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
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
	private ApiTestClient api;

	@Test
	void theLeadCreatesAUserAndARoleChangeAppliesOnTheirNextRequest() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String department = "Api Users " + unique;
		long home = TestData.department(this.api.jdbc(), department);
		long other = TestData.department(this.api.jdbc(), "Api Users Other " + unique);
		Caller lead = this.api.newUser(Role.LEAD, "Api Users Lead");
		String email = "api-user-" + unique + "@test.example";
		String created = """
				{"email": "%s", "displayName": "Api User %s", "departmentId": %d, "role": "STAFF",
				 "password": "%s"}""".formatted(email, unique, home, TestData.PASSWORD);
		this.api.newUser(Role.STAFF, department).post("/api/v1/users", created).andExpect(problem(403));
		lead.post("/api/v1/users", created.replace(TestData.PASSWORD, "short"))
			.andExpect(problem(422))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		String location = lead.post("/api/v1/users", created)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.role").value("STAFF"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(
				this.api.jdbc().queryForObject("select password_hash from users where email = ?", String.class, email))
			.doesNotContain(TestData.PASSWORD);
		Caller user = this.api.withToken(email, TokenScope.WRITE);
		user.get("/api/v1/users").andExpect(status().isForbidden());
		this.api.withPassword(email, TestData.PASSWORD).get("/api/v1/users").andExpect(status().isForbidden());

		String promoted = """
				{"email": "%s", "displayName": "Api User %s", "departmentId": %d, "role": "LEAD"}""".formatted(email,
				unique, other);
		lead.put(location, "\"7\"", promoted).andExpect(stale());
		lead.put(location, "\"0\"", promoted)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("LEAD"))
			.andExpect(jsonPath("$.departmentId").value(other));
		user.get("/api/v1/users").andExpect(status().isOk());
		this.api.withPassword(email, TestData.PASSWORD).get("/api/v1/users").andExpect(status().isOk());

		lead.put(location, lead.etag(location), promoted.replace("\"LEAD\"", "\"STAFF\"")).andExpect(status().isOk());
		user.get("/api/v1/users").andExpect(status().isForbidden());

		lead.put(location, lead.etag(location), promoted.replace("}", ", \"active\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		user.get("/api/v1/departments").andExpect(status().isUnauthorized());
	}

}
