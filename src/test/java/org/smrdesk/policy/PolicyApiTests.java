package org.smrdesk.policy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
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
	private ApiTestClient api;

	private String unique;

	private Caller staff;

	private Caller manager;

	private Caller lead;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.staff = this.api.newUser(Role.STAFF, "Api Policies " + this.unique);
		this.manager = this.api.newUser(Role.MANAGER, "Api Policies " + this.unique);
		this.lead = this.api.newUser(Role.LEAD, "Api Policies " + this.unique);
	}

	@Test
	void theLeadCreatesADraftStaffCannotSeeAndChangesItUnderIfMatch() throws Exception {
		String location = this.lead.post("/api/v1/policies", body("Api blogging " + this.unique))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.versions[0].state").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.staff.get(location).andExpect(status().isNotFound());
		this.manager.get(location).andExpect(status().isOk());
		this.staff.get("/api/v1/policies?q=" + this.unique).andExpect(header().string("X-Total-Count", "0"));
		this.lead.put(location, "\"0\"", body("Api blogging renamed " + this.unique))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value("Api blogging renamed " + this.unique));
		this.lead.put(location, "\"0\"", body("Lost update " + this.unique)).andExpect(stale());
		this.manager.put(location, "\"1\"", body("Not the lead " + this.unique)).andExpect(problem(403));
	}

	@Test
	void acknowledgementFiguresAreForTheLeadAndManagers() throws Exception {
		String location = this.lead.create("/api/v1/policies", body("Api figures " + this.unique));
		this.staff.get(location + "/acknowledgements").andExpect(status().isForbidden());
		this.manager.get(location + "/acknowledgements")
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Total-Count"));
	}

	private String body(String title) {
		return """
				{"title": "%s", "kind": "BLOGGING", "ownerId": %d, "allDepartments": true, "reviewCycleMonths": 12,
				 "nextReviewOn": "2027-06-01", "body": "Be honest about who you work for."}""".formatted(title,
				this.lead.id());
	}

}
