package org.smrdesk.policy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Policies through the API with a token: the lead creates a draft (staff cannot see a
 * policy never published, as on the pages) and changes it with {@code If-Match} (412 when
 * stale); acknowledgement figures are for the lead and managers.
 */
@IntegrationTest
class PolicyApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private UserDetailsService users;

	private String unique;

	private RequestPostProcessor staff;

	private RequestPostProcessor manager;

	private RequestPostProcessor lead;

	private long leadId;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.staff = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.STAFF, "Api Policies " + this.unique));
		this.manager = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.MANAGER, "Api Policies " + this.unique));
		String leadEmail = TestData.user(this.jdbc, Role.LEAD, "Api Policies " + this.unique);
		this.lead = ApiTokens.bearer(this.tokens, this.users, leadEmail);
		this.leadId = TestData.userId(this.jdbc, leadEmail);
	}

	@Test
	void theLeadCreatesADraftStaffCannotSeeAndChangesItUnderIfMatch() throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/policies").with(this.lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Api blogging " + this.unique)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.versions[0].state").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).with(this.staff)).andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(this.manager)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/policies").param("q", this.unique).with(this.staff))
			.andExpect(header().string("X-Total-Count", "0"));
		this.mvc
			.perform(put(location).with(this.lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Api blogging renamed " + this.unique)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value("Api blogging renamed " + this.unique));
		this.mvc
			.perform(put(location).with(this.lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Lost update " + this.unique)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(this.manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Not the lead " + this.unique)))
			.andExpect(status().isForbidden());
	}

	@Test
	void acknowledgementFiguresAreForTheLeadAndManagers() throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/policies").with(this.lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Api figures " + this.unique)))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location + "/acknowledgements").with(this.staff)).andExpect(status().isForbidden());
		this.mvc.perform(get(location + "/acknowledgements").with(this.manager))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Total-Count"));
	}

	private String body(String title) {
		return """
				{"title": "%s", "kind": "BLOGGING", "ownerId": %d, "allDepartments": true, "reviewCycleMonths": 12,
				 "nextReviewOn": "2027-06-01", "body": "Be honest about who you work for."}""".formatted(title,
				this.leadId);
	}

}
