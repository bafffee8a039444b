package org.smrdesk.goal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The goals page, the report, the year over year and the API issue the same, bounded
 * number of SQL statements (JPA and JDBC counted) with 12 goals of 3 metrics or with 60
 * of 9: one for every goal's figures, not one per goal, metric or month.
 */
@IntegrationTest
class GoalQueryCountTests {

	static final int BUDGET = 10;

	private static final List<String> METRICS = List.of("activities:ALL", "incidents:SEVERITY_1",
			"response-time:FIRST_RESPONSE");

	/**
	 * Metrics of other families, added with the second batch of goals: the count does not
	 * grow with the number of metrics in use either.
	 */
	private static final List<String> MORE_METRICS = List.of("mentions:ALL", "training:COVERAGE",
			"acknowledgements:RATE", "outreach:ALL", "blog-posts:PUBLISHED", "share-of-voice:BRAND");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	@Test
	void goalPagesAndTheReportIssueABoundedNumberOfStatementsWhateverTheNumberOfGoals() throws Exception {
		String department = "Count " + UUID.randomUUID().toString().substring(0, 8);
		UserDetails manager = this.userDetails.loadUserByUsername(TestData.user(this.jdbc, Role.MANAGER, department));
		long departmentId = TestData.department(this.jdbc, department);
		int year = 2002;
		this.jdbc.update("delete from goals where period_year = ?", year);
		List<String> pages = List.of("/goals?period=" + year, "/reports/" + year, "/reports/" + year + "-Q2",
				"/api/v1/goals?period=" + year, "/api/v1/reports/" + year,
				"/goals/trend?metric=response-time:TRIAGE&year=" + year);
		goals(year, departmentId, 4, METRICS);
		Map<String, Long> few = statements(manager, pages);
		goals(year, departmentId, 12, METRICS);
		goals(year, null, 2, MORE_METRICS);
		Map<String, Long> many = statements(manager, pages);
		assertThat(many).as("statements per page with 60 goals of 9 metrics (with 12 of 3: " + few + ")")
			.isEqualTo(few);
		assertThat(many.values()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(BUDGET));
	}

	private void goals(int year, Long departmentId, int times, List<String> metrics) {
		for (int i = 0; i < times; i++) {
			for (String metric : metrics) {
				this.jdbc.update("""
						insert into goals (metric, period_kind, period_year, period_number, target, department_id,
						  created_at, created_by, updated_at, updated_by)
						values (?, 'QUARTER', ?, ?, 10, ?, now(), 't', now(), 't')""", metric, year, 1 + i % 4,
						departmentId);
			}
		}
	}

	private Map<String, Long> statements(UserDetails manager, List<String> pages) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : pages) {
			this.mvc.perform(get(page).with(user(manager))).andExpect(status().isOk());
			counts.put(page, SqlStatementCounter
				.count(() -> this.mvc.perform(get(page).with(user(manager))).andExpect(status().isOk())));
		}
		return counts;
	}

}
