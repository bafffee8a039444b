package org.smrdesk.responsibility;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
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
	private ApiTestClient api;

	@Test
	void theLeadWritesARowOfTheMatrixAndStaffOnlyReadIt() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		long first = TestData.department(this.api.jdbc(), "Api Raci " + unique);
		long second = TestData.department(this.api.jdbc(), "Api Raci Other " + unique);
		Caller lead = this.api.newUser(Role.LEAD, "Api Raci Lead");
		Caller staff = this.api.newUser(Role.STAFF, "Api Raci " + unique);
		String row = """
				{"name": "Api row %s", "incidentKind": "COMPLAINT",
				 "departments": [{"departmentId": %d, "role": "R"}, {"departmentId": %d, "role": "I"}]}"""
			.formatted(unique, first, second);
		staff.post("/api/v1/responsibilities", row).andExpect(problem(403));
		String location = lead.post("/api/v1/responsibilities", row)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.departments.length()").value(2))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String changed = """
				{"name": "Api row %s", "departments": [{"departmentId": %d, "role": "A"}]}""".formatted(unique, first);
		lead.put(location, "\"3\"", changed).andExpect(stale());
		lead.put(location, "\"0\"", changed)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments.length()").value(1))
			.andExpect(jsonPath("$.departments[0].role").value("A"));
		lead.put(location, lead.etag(location),
				"{\"name\": \"x\", \"departments\": [{\"departmentId\": 999999999, \"role\": \"R\"}]}")
			.andExpect(problem(422))
			.andExpect(jsonPath("$.errors[0].field").value("cells"));
		staff.get(location).andExpect(status().isOk()).andExpect(header().exists("ETag"));
		staff.delete(location, staff.etag(location)).andExpect(problem(403));
		lead.delete(location, lead.etag(location)).andExpect(status().isNoContent());
		staff.get(location).andExpect(problem(404));
	}

}
