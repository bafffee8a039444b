package org.smrdesk.user;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.smrdesk.ApiTestClient.fieldError;
import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Departments through the API, as on the departments page: everyone reads them, the lead
 * creates and changes them (a unique name, whatever the case; a stale {@code If-Match} is
 * 412).
 */
@IntegrationTest
class DepartmentApiTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private Caller lead;

	@BeforeEach
	void lead() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.lead = this.api.newUser(Role.LEAD, "Api Departments " + this.unique);
	}

	@Test
	void theLeadCreatesAndRenamesADepartmentUnderIfMatch() throws Exception {
		String location = this.lead.create("/api/v1/departments", """
				{"name": "Api Care %s", "headCount": 35}""".formatted(this.unique));
		Caller staff = this.api.newUser(Role.STAFF, "Api Care " + this.unique);
		String tag = staff.etag(location);
		staff.get(location)
			.andExpect(jsonPath("$.name").value("Api Care " + this.unique))
			.andExpect(jsonPath("$.headCount").value(35))
			.andExpect(jsonPath("$.activeUsers").value(1));
		String renamed = this.lead.put(location, tag, """
				{"name": "Api Customer Care %s", "headCount": 40}""".formatted(this.unique))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Api Customer Care " + this.unique))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(renamed).isNotEqualTo(tag);
		this.lead.put(location, tag, """
				{"name": "Lost update %s", "headCount": 1}""".formatted(this.unique)).andExpect(stale());
		assertThat(this.api.jdbc()
			.queryForObject(
					"select count(*) from audit_log where entity_type = 'Department' and entity_id = ?"
							+ " and actor = ?",
					Integer.class, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)),
					this.lead.email()))
			.isEqualTo(2);
	}

	@Test
	void onlyTheLeadChangesDepartmentsAndNamesStayUnique() throws Exception {
		String location = this.lead.create("/api/v1/departments", """
				{"name": "Api Press %s", "headCount": 3}""".formatted(this.unique));
		this.lead.post("/api/v1/departments", """
				{"name": "API PRESS %s", "headCount": 3}""".formatted(this.unique.toUpperCase()))
			.andExpect(fieldError("name", "department.name.duplicate"));
		this.lead.post("/api/v1/departments", """
				{"name": " ", "headCount": -1}""").andExpect(invalid("name")).andExpect(invalid("headCount"));
		Caller manager = this.api.newUser(Role.MANAGER, "Api Departments " + this.unique);
		Caller staff = this.api.newUser(Role.STAFF, "Api Departments " + this.unique);
		String tag = manager.etag(location);
		manager.put(location, tag, """
				{"name": "Not the lead %s", "headCount": 3}""".formatted(this.unique)).andExpect(problem(403));
		staff.post("/api/v1/departments", """
				{"name": "Not the lead %s", "headCount": 3}""".formatted(this.unique)).andExpect(problem(403));
		this.lead.put("/api/v1/departments/999999999", "*", """
				{"name": "Nowhere %s", "headCount": 3}""".formatted(this.unique)).andExpect(problem(404));
		this.api.anonymous().get(location).andExpect(status().isUnauthorized());
		staff.get("/api/v1/departments").andExpect(status().isOk()).andExpect(header().doesNotExist("ETag"));
	}

	@Test
	void theDepartmentsArePagedByNameWithLinkHeadersAndTheirTotal() throws Exception {
		// three at least (a page before and after the second), whatever ran before
		TestData.department(this.api.jdbc(), "Api Second " + this.unique);
		TestData.department(this.api.jdbc(), "Api Third " + this.unique);
		int total = this.api.jdbc().queryForObject("select count(*) from departments", Integer.class);
		this.lead.get("/api/v1/departments?size=1&page=1")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.number").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(total))
			.andExpect(header().string("X-Total-Count", String.valueOf(total)))
			.andExpect(header().string("Link", containsString("rel=\"next\"")))
			.andExpect(header().string("Link", containsString("rel=\"prev\"")));
		this.lead.get("/api/v1/departments?sort=name").andExpect(problem(400));
	}

}
