package org.smrdesk.core;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sort and page input of every list, pages and API alike: a sort the list does not
 * declare is a 400 with a clear message (never a 500 from the query), a field hidden from
 * the role cannot be sorted by, and a page beyond the end shows the last page.
 */
@IntegrationTest
class ListInputTests {

	private static final List<String> LISTS = List.of("/activities", "/audit", "/services", "/accounts", "/contacts",
			"/incidents", "/policies", "/trainings", "/trainings/sessions", "/users", "/vendors");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private UserDetails lead;

	private UserDetails staff;

	private String staffEmail;

	@BeforeEach
	void users() {
		this.lead = this.userDetails.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "List Input"));
		this.staffEmail = TestData.user(this.jdbc, Role.STAFF, "List Input");
		this.staff = this.userDetails.loadUserByUsername(this.staffEmail);
	}

	@Test
	void aSortThatIsNotAPlainFieldIsRefusedWithA400OnEveryList() throws Exception {
		for (String list : LISTS) {
			for (String sort : List.of("a b", "owner.passwordHash", "title;drop", "id,asc,extra")) {
				this.mvc.perform(get(list).param("sort", sort).with(user(this.lead)))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(containsString("cannot be sorted by")));
			}
		}
	}

	@Test
	void theColumnsOfEveryListStillSort() throws Exception {
		this.mvc.perform(get("/activities").param("sort", "owner.displayName,asc").with(user(this.lead)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/activities").param("sort", "department.name").with(user(this.lead)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/users").param("sort", "department.name,desc").with(user(this.lead)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/audit").param("sort", "actor,asc").with(user(this.lead))).andExpect(status().isOk());
	}

	@Test
	void staffCannotSortVendorsByTheCostTheyMayNotSee() throws Exception {
		this.mvc.perform(get("/vendors").param("sort", "annualCost").with(user(this.staff)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/vendors").param("sort", "annualCost,desc").param("format", "csv").with(user(this.staff)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/vendors").param("sort", "annualCost,desc").with(user(this.lead)))
			.andExpect(status().isOk());
	}

	@Test
	void theApiAnswersABadSortWithAProblemDetail() throws Exception {
		this.mvc
			.perform(get("/api/v1/activities").param("sort", "a b")
				.with(httpBasic(this.staffEmail, TestData.PASSWORD))
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("cannot be sorted by 'a b'")));
		this.mvc
			.perform(get("/api/v1/incidents").param("sort", "reportedBy.passwordHash")
				.with(httpBasic(this.staffEmail, TestData.PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aPageBeyondTheEndShowsTheLastPage() throws Exception {
		for (String list : LISTS) {
			this.mvc.perform(get(list).param("page", "99999999").with(user(this.lead))).andExpect(status().isOk());
		}
		this.mvc
			.perform(get("/api/v1/activities").param("page", "99999999")
				.with(httpBasic(this.staffEmail, TestData.PASSWORD)))
			.andExpect(status().isOk());
		String department = "List Input Pages " + System.nanoTime();
		long departmentId = TestData.department(this.jdbc, department);
		long ownerId = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, department));
		long serviceId = TestData.channel(department).insert(this.jdbc);
		this.jdbc.update("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
				                        created_at, created_by, updated_at, updated_by)
				select ?, ?, 'POST', 'Paged ' || g, current_date - g, ?, 'DONE', now(), 'test', now(), 'test'
				from generate_series(1, 30) as g""", departmentId, serviceId, ownerId);
		this.mvc
			.perform(get("/activities").param("department", Long.toString(departmentId))
				.param("size", "10")
				.param("page", "99999999")
				.with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 3 of 3")));
	}

}
