package org.smrdesk.responsibility;

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

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead adds, changes (under {@code If-Match}) and deletes rows of the RACI matrix
 * through the API; staff read them only.
 */
@IntegrationTest
class ResponsibilityApiWriteTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private UserDetailsService users;

	@Test
	void theLeadWritesARowOfTheMatrixAndStaffOnlyReadIt() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		long first = TestData.department(this.jdbc, "Api Raci " + unique);
		long second = TestData.department(this.jdbc, "Api Raci Other " + unique);
		RequestPostProcessor lead = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.LEAD, "Api Raci Lead"));
		RequestPostProcessor staff = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.STAFF, "Api Raci " + unique));
		String row = """
				{"name": "Api row %s", "incidentKind": "COMPLAINT",
				 "departments": [{"departmentId": %d, "role": "R"}, {"departmentId": %d, "role": "I"}]}"""
			.formatted(unique, first, second);
		this.mvc
			.perform(post("/api/v1/responsibilities").with(staff).contentType(MediaType.APPLICATION_JSON).content(row))
			.andExpect(status().isForbidden());
		String location = this.mvc
			.perform(post("/api/v1/responsibilities").with(lead).contentType(MediaType.APPLICATION_JSON).content(row))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.departments.length()").value(2))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String changed = """
				{"name": "Api row %s", "departments": [{"departmentId": %d, "role": "A"}]}""".formatted(unique, first);
		this.mvc
			.perform(put(location).with(lead)
				.header("If-Match", "\"3\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(put(location).with(lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments.length()").value(1))
			.andExpect(jsonPath("$.departments[0].role").value("A"));
		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"departments\": [{\"departmentId\": 999999999, \"role\": \"R\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cells"));
		this.mvc.perform(get(location).with(staff)).andExpect(status().isOk()).andExpect(header().exists("ETag"));
		this.mvc.perform(delete(location).header("If-Match", "*").with(staff)).andExpect(status().isForbidden());
		this.mvc.perform(delete(location).header("If-Match", "*").with(lead)).andExpect(status().isNoContent());
		this.mvc.perform(get(location).with(staff)).andExpect(status().isNotFound());
	}

}
