package org.smrdesk.channel;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
 * The catalogue and the company accounts change through the API with tokens, under the
 * pages' rules: the lead keeps the catalogue; staff register and change their own
 * department's accounts only; a stale {@code If-Match} is 412, a taken name 422.
 */
@IntegrationTest
class ChannelApiWriteTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private Caller staff;

	private long home;

	private long other;

	private Caller lead;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.staff = this.api.newUser(Role.STAFF, "Api Channels " + this.unique);
		this.home = TestData.department(this.api.jdbc(), "Api Channels " + this.unique);
		this.other = TestData.department(this.api.jdbc(), "Api Channels Other " + this.unique);
		this.lead = this.api.newUser(Role.LEAD, "Api Channels Lead");
	}

	@Test
	void theLeadKeepsTheCatalogueUnderIfMatch() throws Exception {
		String service = """
				{"name": "Api Service %s", "kind": "MICROBLOG", "website": "https://example.org"}"""
			.formatted(this.unique);
		this.staff.post("/api/v1/services", service).andExpect(problem(403));
		String location = this.lead.post("/api/v1/services", service)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.itStatus").value("UNDER_REVIEW"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.lead.post("/api/v1/services", service)
			.andExpect(problem(422))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		String changed = service.replace("MICROBLOG", "VIDEO");
		this.lead.put(location, "\"5\"", changed).andExpect(stale());
		this.lead.put(location, "\"0\"", changed)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.kind").value("VIDEO"));
		this.lead.put(location, "\"1\"", "{\"name\": \"\", \"kind\": \"VIDEO\"}").andExpect(invalid("name"));
		this.staff.get(location).andExpect(jsonPath("$.kind").value("VIDEO"));
	}

	@Test
	void staffRegisterAndChangeTheirOwnDepartmentsAccountsOnly() throws Exception {
		long service = this.api.jdbc()
			.queryForObject("""
					insert into social_services (name, kind, it_status, assessment, created_at, created_by, updated_at,
					                             updated_by)
					values (?, 'BLOG', 'APPROVED', 'SPOTTED', now(), 'test', now(), 'test') returning id""", Long.class,
					"Api Account Service " + this.unique);
		String account = """
				{"serviceId": %d, "handle": "@api-%s", "departmentId": %d, "ownerId": %d}""";
		this.staff.post("/api/v1/accounts", account.formatted(service, this.unique, this.other, this.staff.id()))
			.andExpect(problem(422))
			.andExpect(jsonPath("$.errors[0].field").value("departmentId"));
		String location = this.staff
			.post("/api/v1/accounts", account.formatted(service, this.unique, this.home, this.staff.id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.departmentId").value(this.home))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String moved = account.formatted(service, this.unique, this.other, this.staff.id());
		this.staff.put(location, "\"0\"", moved).andExpect(problem(422));
		this.lead.put(location, "\"0\"", moved)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departmentId").value(this.other));
		this.staff.put(location, "\"1\"", moved).andExpect(problem(403));
	}

}
