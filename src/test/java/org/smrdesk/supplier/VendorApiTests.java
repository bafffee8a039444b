package org.smrdesk.supplier;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead creates and changes vendors through the API with the API's own request (the
 * form's defaults apply to what is left out; the version comes from {@code If-Match}, a
 * version in the body is refused as an unknown field).
 */
@IntegrationTest
class VendorApiTests {

	@Autowired
	private ApiTestClient api;

	@Test
	void theLeadCreatesAndChangesAVendorUnderIfMatch() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Caller lead = this.api.newUser(Role.LEAD, "Api Vendors Lead");
		Caller staff = this.api.newUser(Role.STAFF, "Api Vendors Staff");
		String vendor = """
				{"name": "Api Vendor %s", "renewalDate": "2030-01-01", "noticeDays": 30, "annualCost": 1200}"""
			.formatted(unique);
		staff.post("/api/v1/vendors", vendor).andExpect(problem(403));
		String location = lead.post("/api/v1/vendors", vendor)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.kind").value("MONITORING"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.currency").value("EUR"))
			.andExpect(jsonPath("$.noticeDeadline").value("2029-12-02"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String changed = """
				{"name": "Api Vendor %s", "kind": "AGENCY"}""".formatted(unique);
		lead.put(location, "\"0\"", changed.replace("}", ", \"version\": 9}")).andExpect(invalid("version"));
		lead.put(location, "\"9\"", changed).andExpect(stale());
		lead.put(location, "\"0\"", changed).andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("AGENCY"));
		lead.put(location, lead.etag(location), "{\"name\": \"Api Vendor " + unique + "\", \"website\": \"not a url\"}")
			.andExpect(invalid("website"));
	}

}
