package org.smrdesk.activity;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing activities through the API with a token: {@code ETag} and {@code If-Match}
 * (412 when stale), the department rule of the edit page (the service's), and the paging
 * {@code Link} headers of the list.
 */
@IntegrationTest
class ActivityApiChangeTests {

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

	private RequestPostProcessor otherStaff;

	private long activity;

	private long service;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String home = "Api Change Home " + this.unique;
		String staffEmail = TestData.user(this.jdbc, Role.STAFF, home);
		this.staff = ApiTokens.bearer(this.tokens, this.users, staffEmail);
		this.otherStaff = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.STAFF, "Api Change Other " + this.unique));
		this.service = TestData.channel("Api Change Chirp " + this.unique).with("kind", "MICROBLOG").insert(this.jdbc);
		for (int i = 0; i < 3; i++) {
			this.activity = TestData
				.activity(TestData.department(this.jdbc, home), this.service, TestData.userId(this.jdbc, staffEmail))
				.with("title", "Changeable " + this.unique + " " + i)
				.insert(this.jdbc);
		}
	}

	@Test
	void anUpdateWithTheCurrentETagSucceedsAndAStaleOneIs412() throws Exception {
		String etag = this.mvc.perform(get("/api/v1/activities/" + this.activity).with(this.staff))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc.perform(get("/api/v1/activities/" + this.activity).with(this.staff).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(change(this.activity, "Renamed " + this.unique).with(this.staff).header("If-Match", etag))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value("Renamed " + this.unique));
		this.mvc.perform(change(this.activity, "Lost update " + this.unique).with(this.staff).header("If-Match", etag))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value(412));
		assertThat(this.jdbc.queryForObject("select title from activities where id = ?", String.class, this.activity))
			.isEqualTo("Renamed " + this.unique);
		this.mvc.perform(delete("/api/v1/activities/" + this.activity).with(this.staff).header("If-Match", etag))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(delete("/api/v1/activities/" + this.activity).with(this.staff).header("If-Match", "\"1\""))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/activities/" + this.activity).with(this.staff)).andExpect(status().isNotFound());
	}

	@Test
	void staffOfAnotherDepartmentMayReadButNotChange() throws Exception {
		this.mvc.perform(get("/api/v1/activities/" + this.activity).with(this.otherStaff)).andExpect(status().isOk());
		this.mvc.perform(change(this.activity, "Not mine " + this.unique).with(this.otherStaff).header("If-Match", "*"))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/activities/" + this.activity).header("If-Match", "*").with(this.otherStaff))
			.andExpect(status().isForbidden());
	}

	@Test
	void listsCarryLinkHeadersThatKeepTheFiltersAndATotal() throws Exception {
		this.mvc
			.perform(get("/api/v1/activities").param("q", this.unique)
				.param("size", "1")
				.param("page", "1")
				.param("sort", "title")
				.with(this.staff))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(header().string("Link", allOf(containsString("page=0"), containsString("rel=\"first\""),
					containsString("rel=\"prev\""), containsString("rel=\"next\""), containsString("rel=\"last\""),
					containsString("q=" + this.unique), containsString("sort=title"), containsString("page=2"))));
		this.mvc.perform(get("/api/v1/activities").param("sort", "notes").with(this.staff))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("sort"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(long id, String title) {
		return put("/api/v1/activities/" + id).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "POST", "title": "%s", "serviceId": %d}""".formatted(title, this.service));
	}

}
