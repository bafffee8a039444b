package org.smrdesk.training;

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

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Trainings through the API with a token: enrolment with a waiting list under the
 * service's rules, the roster for the lead and managers only, and the lead's change of a
 * training under {@code If-Match} (412 when stale).
 */
@IntegrationTest
class TrainingApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private UserDetailsService users;

	private String unique;

	private long department;

	private long training;

	private long session;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.department = TestData.department(this.jdbc, "Api Trainings " + this.unique);
		this.training = this.jdbc.queryForObject("""
				insert into trainings (title, topic_kind, format, external_trainer, required,
				                       created_at, created_by, updated_at, updated_by)
				values (?, 'CULTURE', 'WORKSHOP', 'Outside Trainer', false, now(), 'test', now(), 'test')
				returning id""", Long.class, "Api training " + this.unique);
		this.jdbc.update("insert into training_audiences (training_id, department_id) values (?, ?)", this.training,
				this.department);
		this.session = this.jdbc.queryForObject("""
				insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
				                               created_at, created_by, updated_at, updated_by)
				values (?, now() + interval '20 days', 60, ?, 1, now(), 'test', now(), 'test') returning id""",
				Long.class, this.training, "Api room " + this.unique);
	}

	@Test
	void theSecondToEnrolWaitsAndMovesUpWhenTheFirstCancels() throws Exception {
		RequestPostProcessor first = staff();
		RequestPostProcessor second = staff();
		String path = "/api/v1/trainings/sessions/" + this.session;
		this.mvc.perform(post(path + "/enrol").with(first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mine").value("ENROLLED"));
		this.mvc.perform(post(path + "/enrol").with(second))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mine").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlisted").value(1));
		this.mvc.perform(post(path + "/enrol").with(second))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("training.enrol.already"));
		this.mvc.perform(post(path + "/cancel").with(first)).andExpect(status().isOk());
		this.mvc.perform(get(path).with(second)).andExpect(jsonPath("$.mine").value("ENROLLED"));
		this.mvc.perform(get(path + "/enrolments").with(second)).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/trainings/sessions").param("training", String.valueOf(this.training)).with(second))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"));
	}

	@Test
	void theLeadChangesATrainingAndAStaleETagIs412() throws Exception {
		RequestPostProcessor lead = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.LEAD, "Api Trainings " + this.unique));
		this.mvc.perform(get("/api/v1/trainings/" + this.training).with(lead))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""));
		this.mvc
			.perform(put("/api/v1/trainings/" + this.training).with(lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Api training renamed " + this.unique)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc
			.perform(put("/api/v1/trainings/" + this.training).with(lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Lost update " + this.unique)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc
			.perform(put("/api/v1/trainings/" + this.training).header("If-Match", "*")
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Not the lead " + this.unique)))
			.andExpect(status().isForbidden());
	}

	private RequestPostProcessor staff() {
		return ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.STAFF, "Api Trainings " + this.unique));
	}

	private String body(String title) {
		return """
				{"title": "%s", "topicKind": "CULTURE", "format": "WORKSHOP", "externalTrainer": "Outside Trainer",
				 "audienceIds": [%d]}""".formatted(title, this.department);
	}

}
