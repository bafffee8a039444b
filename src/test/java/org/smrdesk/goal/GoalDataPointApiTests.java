package org.smrdesk.goal;

import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.smrdesk.ApiTestClient.fieldError;
import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manual figures of goals through the API, with the data-points page's rules: the
 * lead records one (a second for the same metric and month replaces it) and changes one
 * under {@code If-Match}; managers read; staff have no access.
 */
@IntegrationTest
class GoalDataPointApiTests {

	private static final String POINTS = "/api/v1/goals/data-points";

	@Autowired
	private ApiTestClient api;

	private Caller lead;

	private Caller manager;

	private Caller staff;

	private YearMonth month;

	@BeforeEach
	void data() {
		String department = "Api Points " + UUID.randomUUID().toString().substring(0, 8);
		this.lead = this.api.newUser(Role.LEAD, department);
		this.manager = this.api.newUser(Role.MANAGER, department);
		this.staff = this.api.newUser(Role.STAFF, department);
		// a month long past that no other test records a figure for
		this.month = YearMonth.of(1900 + ThreadLocalRandom.current().nextInt(100),
				1 + ThreadLocalRandom.current().nextInt(12));
	}

	@Test
	void theLeadRecordsAFigureAndASecondForTheSameMonthReplacesIt() throws Exception {
		String point = this.lead.post(POINTS, pointJson("SPEAKING", this.month, "3", "Three talks"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.metric").value("SPEAKING"))
			.andExpect(jsonPath("$.month").value(this.month.toString()))
			.andExpect(jsonPath("$.value").value(3))
			.andExpect(jsonPath("$.enteredById").value(this.lead.id()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.lead.post(POINTS, pointJson("SPEAKING", this.month, "4", "One more"))
			.andExpect(status().isOk())
			.andExpect(header().string("Location", point))
			.andExpect(jsonPath("$.value").value(4));
		this.manager.get(point)
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.note").value("One more"));
		this.manager.get(POINTS + "?sort=metric&size=500")
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Total-Count"))
			.andExpect(jsonPath("$.content[?(@.id == %s)].value".formatted(id(point)), hasItem(4.0)));
		this.manager.get(POINTS + "?sort=value").andExpect(problem(400));
		this.staff.get(POINTS).andExpect(problem(403));
		this.staff.get(point).andExpect(problem(403));
		this.manager.post(POINTS, pointJson("SPEAKING", this.month, "5", null)).andExpect(problem(403));
		this.lead.get(POINTS + "/999999999").andExpect(problem(404));
		assertThat(this.api.jdbc()
			.queryForObject("select count(*) from goal_data_points where metric = 'SPEAKING' and month = ?",
					Integer.class, this.month.atDay(1)))
			.isEqualTo(1);
	}

	@Test
	void aFigureIsRefusedWhatThePageRefuses() throws Exception {
		this.lead.post(POINTS, pointJson("FOLLOWERS", this.month, "1", null))
			.andExpect(fieldError("metric", "goal.metric.unknown"));
		this.lead.post(POINTS, pointJson("OTHER", YearMonth.now().plusMonths(2), "1", null))
			.andExpect(fieldError("month", "goal.period.future"));
		this.lead.post(POINTS, pointJson("OTHER", this.month, "-1", null)).andExpect(invalid("value"));
		this.lead.post(POINTS, """
				{"metric": "OTHER", "month": "last month", "value": 1}""").andExpect(problem(400));
		this.lead.post(POINTS, """
				{"metric": "OTHER", "month": "%s", "value": 1, "id": 7}""".formatted(this.month))
			.andExpect(problem(400));
	}

	@Test
	void theLeadChangesAFigureUnderIfMatch() throws Exception {
		String point = this.lead.create(POINTS, pointJson("TRAFFIC", this.month, "1200", "Analytics"));
		String tag = this.lead.etag(point);
		String changed = this.lead.put(point, tag, """
				{"value": 1250, "note": "Corrected"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(1250))
			.andExpect(jsonPath("$.metric").value("TRAFFIC"))
			.andExpect(jsonPath("$.note").value("Corrected"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(changed).isNotEqualTo(tag);
		this.lead.put(point, tag, """
				{"value": 1}""").andExpect(stale());
		this.manager.put(point, changed, """
				{"value": 1}""").andExpect(problem(403));
		this.lead.put(point, changed, """
				{"note": "no value"}""").andExpect(invalid("value"));
		this.lead.put(point, changed, """
				{"value": 1, "month": "2020-01"}""").andExpect(problem(400));
		this.lead.put(POINTS + "/999999999", "*", """
				{"value": 1}""").andExpect(problem(404));
		this.manager.get(point).andExpect(jsonPath("$.value").value(1250));
	}

	private static String pointJson(String metric, YearMonth month, String value, String note) {
		return """
				{"metric": "%s", "month": "%s", "value": %s, "note": %s}""".formatted(metric, month, value,
				(note != null) ? "\"" + note + "\"" : "null");
	}

	private static String id(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
