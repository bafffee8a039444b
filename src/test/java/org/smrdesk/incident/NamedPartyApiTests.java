package org.smrdesk.incident;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.smrdesk.ApiTestClient.fieldError;
import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An incident's named parties through the API, with the page's rules: the lead names
 * them, never the same twice; whoever may read the incident lists them.
 */
@IntegrationTest
class NamedPartyApiTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private Caller reporter;

	private Caller lead;

	private String parties;

	@BeforeEach
	void data() throws Exception {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.reporter = this.api.newUser(Role.STAFF, "Api Parties " + this.unique);
		this.lead = this.api.newUser(Role.LEAD, "Api Parties Lead " + this.unique);
		this.parties = this.reporter.create("/api/v1/incidents", """
				{"title": "Api parties %s", "summary": "A complaint", "kind": "COMPLAINT", "severity": 2}"""
			.formatted(this.unique)) + "/parties";
	}

	@Test
	void theLeadNamesPartiesAndReadersListThem() throws Exception {
		this.lead.post(this.parties, """
				{"kind": "PRESS", "name": " Daily Courier "}""")
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.kind").value("PRESS"))
			.andExpect(jsonPath("$.name").value("Daily Courier"));
		this.lead.post(this.parties, """
				{"kind": "AUTHORITY", "name": "Consumer Office"}""").andExpect(status().isCreated());
		this.reporter.get(this.parties)
			.andExpect(status().isOk())
			.andExpect(header().exists("Link"))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[*].name",
					org.hamcrest.Matchers.containsInAnyOrder("Daily Courier", "Consumer Office")));
		Caller stranger = this.api.newUser(Role.STAFF, "Api Parties Other " + this.unique);
		stranger.get(this.parties).andExpect(problem(403));
	}

	@Test
	void aPartyIsRefusedWhatThePageRefuses() throws Exception {
		this.lead.post(this.parties, "{\"name\": \"Nobody\"}").andExpect(invalid("kind"));
		this.lead.post(this.parties, "{\"kind\": \"PRESS\"}")
			.andExpect(fieldError("name", "incident.party.name.required"));
		this.lead.post(this.parties, """
				{"kind": "PRESS", "directory": "c999999999"}""")
			.andExpect(fieldError("directory", "incident.party.directory.unknown"));
		this.lead.post(this.parties, """
				{"kind": "PRESS", "name": "Courier"}""").andExpect(status().isCreated());
		this.lead.post(this.parties, """
				{"kind": "PRESS", "name": "Courier"}""").andExpect(fieldError("name", "incident.party.name.duplicate"));
		this.lead.post(this.parties, """
				{"kind": "SPY", "name": "Courier"}""").andExpect(problem(400));
		this.reporter.post(this.parties, """
				{"kind": "PRESS", "name": "Mine"}""").andExpect(problem(403));
		this.lead.post("/api/v1/incidents/999999999/parties", """
				{"kind": "PRESS", "name": "Courier"}""").andExpect(problem(404));
		this.lead.get("/api/v1/incidents/999999999/parties").andExpect(problem(404));
	}

}
