package org.smrdesk.training;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.refused;
import static org.smrdesk.ApiTestClient.stale;
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
	private ApiTestClient api;

	private String unique;

	private long department;

	private long training;

	private long session;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.department = TestData.department(this.api.jdbc(), "Api Trainings " + this.unique);
		this.training = this.api.jdbc().queryForObject("""
				insert into trainings (title, topic_kind, format, external_trainer, required,
				                       created_at, created_by, updated_at, updated_by)
				values (?, 'CULTURE', 'WORKSHOP', 'Outside Trainer', false, now(), 'test', now(), 'test')
				returning id""", Long.class, "Api training " + this.unique);
		this.api.jdbc()
			.update("insert into training_audiences (training_id, department_id) values (?, ?)", this.training,
					this.department);
		this.session = this.api.jdbc()
			.queryForObject("""
					insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
					                               created_at, created_by, updated_at, updated_by)
					values (?, now() + interval '20 days', 60, ?, 1, now(), 'test', now(), 'test') returning id""",
					Long.class, this.training, "Api room " + this.unique);
	}

	@Test
	void theSecondToEnrolWaitsAndMovesUpWhenTheFirstCancels() throws Exception {
		Caller first = staff();
		Caller second = staff();
		String path = "/api/v1/trainings/sessions/" + this.session;
		first.post(path + "/enrol").andExpect(status().isOk()).andExpect(jsonPath("$.mine").value("ENROLLED"));
		second.post(path + "/enrol")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mine").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlisted").value(1));
		second.post(path + "/enrol").andExpect(refused("training.enrol.already"));
		first.post(path + "/cancel").andExpect(status().isOk());
		second.get(path).andExpect(jsonPath("$.mine").value("ENROLLED"));
		second.get(path + "/enrolments").andExpect(status().isForbidden());
		second.get("/api/v1/trainings/sessions?training=" + this.training)
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"));
	}

	@Test
	void theLeadChangesATrainingAndAStaleETagIs412() throws Exception {
		Caller lead = this.api.newUser(Role.LEAD, "Api Trainings " + this.unique);
		String path = "/api/v1/trainings/" + this.training;
		lead.get(path).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
		lead.put(path, "\"0\"", body("Api training renamed " + this.unique))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		lead.put(path, "\"0\"", body("Lost update " + this.unique)).andExpect(stale());
		staff().put(path, "\"1\"", body("Not the lead " + this.unique)).andExpect(problem(403));
	}

	private Caller staff() {
		return this.api.newUser(Role.STAFF, "Api Trainings " + this.unique);
	}

	private String body(String title) {
		return """
				{"title": "%s", "topicKind": "CULTURE", "format": "WORKSHOP", "externalTrainer": "Outside Trainer",
				 "audienceIds": [%d]}""".formatted(title, this.department);
	}

}
