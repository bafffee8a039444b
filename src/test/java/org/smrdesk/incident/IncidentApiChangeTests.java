package org.smrdesk.incident;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
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
	private ApiTestClient api;

	private String unique;

	private Caller reporter;

	private Caller lead;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.reporter = this.api.newUser(Role.STAFF, "Api Incidents " + this.unique);
		this.lead = this.api.newUser(Role.LEAD, "Api Incidents Lead " + this.unique);
	}

	@Test
	void theLeadCorrectsAnIncidentAndMovesItUnderIfMatch() throws Exception {
		String location = this.reporter.create("/api/v1/incidents", """
				{"title": "Api outage %s", "summary": "Customers cannot log in", "kind": "COMPLAINT",
				 "severity": 3}""".formatted(this.unique));
		String etag = this.lead.etag(location);
		String correction = """
				{"title": "Api login outage %s", "summary": "Customers cannot log in since 9:00", "kind": "PRODUCT_PROBLEM"}"""
			.formatted(this.unique);
		this.reporter.put(location, etag, correction).andExpect(problem(403));
		String changed = this.lead.put(location, etag, correction)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incident.title").value("Api login outage " + this.unique))
			.andExpect(jsonPath("$.incident.kind").value("PRODUCT_PROBLEM"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.lead.post(location + "/status", etag, "{\"status\": \"TRIAGE\"}").andExpect(stale());
		this.lead.post(location + "/status", changed, "{\"status\": \"TRIAGE\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incident.status").value("TRIAGE"))
			.andExpect(header().exists("ETag"));
		Caller stranger = this.api.newUser(Role.STAFF, "Api Incidents Other " + this.unique);
		stranger.get(location).andExpect(problem(403));
	}

	@Test
	void openingAnIncidentAnswersWithItsETag() throws Exception {
		String opened = this.reporter.post("/api/v1/incidents", """
				{"title": "Api tagged %s", "summary": "Customers cannot log in", "kind": "COMPLAINT",
				 "severity": 2}""".formatted(this.unique))
			.andExpect(status().isCreated())
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		String location = "/api/v1/incidents/" + this.api.jdbc()
			.queryForObject("select id from incidents where title = ?", Long.class, "Api tagged " + this.unique);
		assertThat(opened).isEqualTo(this.lead.etag(location));
		this.lead.put(location, opened, """
				{"title": "Api tagged %s", "summary": "Corrected", "kind": "COMPLAINT"}""".formatted(this.unique))
			.andExpect(status().isOk());
	}

}
