package org.smrdesk.activity;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Other tools log and read activities through {@code /api/v1/activities} with HTTP Basic,
 * under the same rules as the pages; errors are problem details.
 */
@IntegrationTest
class ActivityApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private String staff;

	private String manager;

	private long service;

	private long otherDepartment;

	private String unique;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.staff = TestData.user(this.jdbc, Role.STAFF, "Api Home " + this.unique);
		this.manager = TestData.user(this.jdbc, Role.MANAGER, "Api Executive");
		this.otherDepartment = TestData.department(this.jdbc, "Api Other " + this.unique);
		this.service = TestData.channel("Api Chirp " + this.unique).with("kind", "MICROBLOG").insert(this.jdbc);
	}

	@Test
	void staffLogAnActivityWithDefaultsAndReadItBack() throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/activities").with(httpBasic(this.staff, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "POST", "title": "Scheduled post %s", "serviceId": %d, "reach": 1200}"""
					.formatted(this.unique, this.service)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.department").value("Api Home " + this.unique))
			.andExpect(jsonPath("$.owner").value(containsString("Test Staff")))
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.date").exists())
			.andExpect(jsonPath("$.reach").value(1200))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		this.mvc.perform(get(location).with(httpBasic(this.manager, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Scheduled post " + this.unique));
		this.mvc
			.perform(get("/api/v1/activities").param("q", this.unique).with(httpBasic(this.manager, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].title").value(hasItem("Scheduled post " + this.unique)))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void badInputIsAProblemDetailListingTheFields() throws Exception {
		this.mvc
			.perform(post("/api/v1/activities").with(httpBasic(this.staff, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"\", \"link\": \"javascript:alert(1)\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("link")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")));
	}

	@Test
	void staffCannotLogForAnotherDepartmentAndManagersCannotLogAtAll() throws Exception {
		String body = """
				{"kind": "POST", "title": "Not mine", "serviceId": %d, "departmentId": %d}""".formatted(this.service,
				this.otherDepartment);
		this.mvc
			.perform(post("/api/v1/activities").with(httpBasic(this.staff, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("departmentId"));
		assertThat(this.jdbc.queryForObject("select count(*) from activities where title = 'Not mine'", Integer.class))
			.isZero();
		this.mvc
			.perform(post("/api/v1/activities").with(httpBasic(this.manager, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownActivityIsA404ProblemAndAWrongPasswordA401() throws Exception {
		this.mvc.perform(get("/api/v1/activities/999999999").with(httpBasic(this.staff, TestData.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/api/v1/activities").with(httpBasic(this.staff, "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

}
