package org.smrdesk.activity;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
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
	private ApiTestClient api;

	private String unique;

	private Caller staff;

	private Caller otherStaff;

	private long activity;

	private long service;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String home = "Api Change Home " + this.unique;
		this.staff = this.api.newUser(Role.STAFF, home);
		this.otherStaff = this.api.newUser(Role.STAFF, "Api Change Other " + this.unique);
		this.service = TestData.channel("Api Change Chirp " + this.unique)
			.with("kind", "MICROBLOG")
			.insert(this.api.jdbc());
		for (int i = 0; i < 3; i++) {
			this.activity = TestData.activity(TestData.department(this.api.jdbc(), home), this.service, this.staff.id())
				.with("title", "Changeable " + this.unique + " " + i)
				.insert(this.api.jdbc());
		}
	}

	@Test
	void anUpdateWithTheCurrentETagSucceedsAndAStaleOneIs412() throws Exception {
		String path = "/api/v1/activities/" + this.activity;
		String etag = this.staff.etag(path);
		assertThat(etag).isEqualTo("\"0\"");
		this.staff.perform(MockMvcRequestBuilders.get(path).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		this.staff.put(path, etag, change("Renamed " + this.unique))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value("Renamed " + this.unique));
		this.staff.put(path, etag, change("Lost update " + this.unique))
			.andExpect(stale())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value(412));
		assertThat(this.api.jdbc()
			.queryForObject("select title from activities where id = ?", String.class, this.activity))
			.isEqualTo("Renamed " + this.unique);
		this.staff.delete(path, etag).andExpect(stale());
		this.staff.delete(path, "\"1\"").andExpect(status().isNoContent());
		this.staff.get(path).andExpect(problem(404));
	}

	@Test
	void staffOfAnotherDepartmentMayReadButNotChange() throws Exception {
		String path = "/api/v1/activities/" + this.activity;
		String etag = this.otherStaff.etag(path);
		this.otherStaff.put(path, etag, change("Not mine " + this.unique)).andExpect(problem(403));
		this.otherStaff.delete(path, etag).andExpect(problem(403));
	}

	@Test
	void listsCarryLinkHeadersThatKeepTheFiltersAndATotal() throws Exception {
		this.staff.get("/api/v1/activities?q={q}&size=1&page=1&sort=title", this.unique)
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(header().string("Link", allOf(containsString("page=0"), containsString("rel=\"first\""),
					containsString("rel=\"prev\""), containsString("rel=\"next\""), containsString("rel=\"last\""),
					containsString("q=" + this.unique), containsString("sort=title"), containsString("page=2"))));
		this.staff.get("/api/v1/activities?sort=notes")
			.andExpect(problem(400))
			.andExpect(jsonPath("$.parameter").value("sort"));
	}

	private String change(String title) {
		return """
				{"kind": "POST", "title": "%s", "serviceId": %d}""".formatted(title, this.service);
	}

}
