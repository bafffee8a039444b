package org.smrdesk.incident;

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

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Incidents change through the API with a token under {@code If-Match}: the lead corrects
 * a report or moves its status (412 when the tag is stale); staff of another department
 * cannot read it at all (the service's rule).
 */
@IntegrationTest
class IncidentApiChangeTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private UserDetailsService users;

	private String unique;

	private RequestPostProcessor reporter;

	private RequestPostProcessor lead;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.reporter = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.STAFF, "Api Incidents " + this.unique));
		this.lead = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.LEAD, "Api Incidents Lead " + this.unique));
	}

	@Test
	void theLeadCorrectsAnIncidentAndMovesItUnderIfMatch() throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/incidents").with(this.reporter).contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "Api outage %s", "summary": "Customers cannot log in", "kind": "COMPLAINT",
					 "severity": 3}""".formatted(this.unique)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String etag = this.mvc.perform(get(location).with(this.lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		String correction = """
				{"title": "Api login outage %s", "summary": "Customers cannot log in since 9:00", "kind": "PRODUCT_PROBLEM"}"""
			.formatted(this.unique);
		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(this.reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content(correction))
			.andExpect(status().isForbidden());
		String changed = this.mvc
			.perform(put(location).with(this.lead)
				.header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(correction))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incident.title").value("Api login outage " + this.unique))
			.andExpect(jsonPath("$.incident.kind").value("PRODUCT_PROBLEM"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(post(location + "/status").with(this.lead)
				.header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"TRIAGE\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(post(location + "/status").with(this.lead)
				.header("If-Match", changed)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"TRIAGE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incident.status").value("TRIAGE"))
			.andExpect(header().exists("ETag"));
		RequestPostProcessor stranger = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.STAFF, "Api Incidents Other " + this.unique));
		this.mvc.perform(get(location).with(stranger)).andExpect(status().isForbidden());
	}

}
