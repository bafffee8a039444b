package org.smrdesk.training;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTeam;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.fieldError;
import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.refused;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions and enrolments through the API, with the session page's rules: the lead plans
 * and changes sessions under {@code If-Match}, enrols and withdraws other people (the
 * waiting list moving up); the lead and the trainer mark attendance once the session has
 * begun, nobody else.
 */
@IntegrationTest
class TrainingSessionApiTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private ApiTeam team;

	private Caller trainer;

	private long training;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String department = "Api Sessions " + this.unique;
		this.team = this.api.team(department);
		this.trainer = this.api.newUser(Role.STAFF, department);
		this.training = this.api.jdbc()
			.queryForObject("""
					insert into trainings (title, topic_kind, format, trainer_id, required,
					                       created_at, created_by, updated_at, updated_by)
					values (?, 'CULTURE', 'WORKSHOP', ?, false, now(), 'test', now(), 'test') returning id""",
					Long.class, "Api sessions " + this.unique, this.trainer.id());
	}

	@Test
	void theLeadPlansAndChangesASessionUnderIfMatch() throws Exception {
		Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		String session = this.team.lead()
			.create("/api/v1/trainings/" + this.training + "/sessions", sessionJson(start, "Room " + this.unique, 2));
		this.team.staff()
			.get(session)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.startsAt").value(start.toString()))
			.andExpect(jsonPath("$.capacity").value(2))
			.andExpect(jsonPath("$.trainingId").value(this.training));
		String tag = this.team.lead().etag(session);
		String changed = this.team.lead()
			.put(session, tag, sessionJson(start.plus(1, ChronoUnit.HOURS), "Room B", 3))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.location").value("Room B"))
			.andExpect(jsonPath("$.startsAt").value(start.plus(1, ChronoUnit.HOURS).toString()))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(changed).isNotEqualTo(tag);
		this.team.lead().put(session, tag, sessionJson(start, "Lost update", 3)).andExpect(stale());
		this.team.manager().put(session, changed, sessionJson(start, "Not the lead", 3)).andExpect(problem(403));
		this.team.staff()
			.post("/api/v1/trainings/" + this.training + "/sessions", sessionJson(start, "Not the lead", 3))
			.andExpect(problem(403));
		assertThat(this.api.jdbc()
			.queryForObject("select count(*) from audit_log where entity_type = 'TrainingSession' and entity_id = ?"
					+ " and actor = ?", Integer.class, Long.parseLong(id(session)), this.team.lead().email()))
			.isEqualTo(2);
	}

	@Test
	void aSessionIsRefusedWhatThePageRefuses() throws Exception {
		String sessions = "/api/v1/trainings/" + this.training + "/sessions";
		Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
		this.team.lead()
			.post(sessions, """
					{"startsAt": "%s", "durationMinutes": 2, "location": " ", "capacity": 0}""".formatted(start))
			.andExpect(invalid("durationMinutes"))
			.andExpect(invalid("location"))
			.andExpect(invalid("capacity"));
		this.team.lead()
			.post(sessions, sessionJson(Instant.now().minus(1, ChronoUnit.DAYS), "Yesterday", 5))
			.andExpect(fieldError("startsAt", "training.session.startsInPast"));
		this.team.lead()
			.post(sessions, """
					{"startsAt": "next tuesday", "durationMinutes": 60, "location": "Room", "capacity": 5}""")
			.andExpect(problem(400));
		this.team.lead()
			.post("/api/v1/trainings/999999999/sessions", sessionJson(start, "Nowhere", 5))
			.andExpect(problem(404));
		String session = this.team.lead().create(sessions, sessionJson(start, "Room " + this.unique, 2));
		this.team.lead()
			.post(session + "/enrolments", userJson(this.team.staff().id()))
			.andExpect(status().isCreated());
		this.team.lead()
			.post(session + "/enrolments", userJson(this.team.manager().id()))
			.andExpect(status().isCreated());
		this.team.lead()
			.put(session, this.team.lead().etag(session), sessionJson(start, "Room", 1))
			.andExpect(fieldError("capacity", "training.session.capacity.belowEnrolled"));
		this.team.lead()
			.put(session, this.team.lead().etag(session), sessionJson(start, "Room", 0))
			.andExpect(invalid("capacity"));
	}

	@Test
	void theLeadEnrolsAndWithdrawsOthersAndTheQueueMovesUp() throws Exception {
		String session = this.team.lead()
			.create("/api/v1/trainings/" + this.training + "/sessions",
					sessionJson(Instant.now().plus(3, ChronoUnit.DAYS), "Room " + this.unique, 1));
		String first = this.team.lead()
			.post(session + "/enrolments", userJson(this.team.staff().id()))
			.andExpect(status().isCreated())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.status").value("ENROLLED"))
			.andExpect(jsonPath("$.user").exists())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String second = this.team.lead()
			.post(session + "/enrolments", userJson(this.team.manager().id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.team.lead()
			.post(session + "/enrolments", userJson(this.team.staff().id()))
			.andExpect(refused("training.enrol.already"));
		this.team.lead()
			.post(session + "/enrolments", userJson(999999999L))
			.andExpect(fieldError("userId", "training.enrol.userUnknown"));
		this.team.lead().post(session + "/enrolments", "{}").andExpect(invalid("userId"));
		long inactive = TestData.userId(this.api.jdbc(), TestData.user(this.api.jdbc(), Role.STAFF, "Api Sessions"));
		this.api.jdbc().update("update users set active = false where id = ?", inactive);
		this.team.lead()
			.post(session + "/enrolments", userJson(inactive))
			.andExpect(fieldError("userId", "training.enrol.userInactive"));
		this.team.manager().post(session + "/enrolments", userJson(this.trainer.id())).andExpect(problem(403));
		this.team.staff().get(first).andExpect(problem(403));
		this.team.manager()
			.get(session + "/enrolments")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].user").exists())
			.andExpect(jsonPath("$.length()").value(2));

		String tag = this.team.lead().etag(first);
		this.team.manager().post(first + "/withdraw", tag, null).andExpect(problem(403));
		this.team.lead()
			.post(first + "/withdraw", tag, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		this.team.lead().post(first + "/withdraw", tag, null).andExpect(stale());
		this.team.lead()
			.post(first + "/withdraw", this.team.lead().etag(first), null)
			.andExpect(refused("training.cancel.notEnrolled"));
		this.team.manager().get(second).andExpect(jsonPath("$.status").value("ENROLLED"));
		this.team.staff().get(session).andExpect(jsonPath("$.mine").value("CANCELLED"));
	}

	@Test
	void theLeadAndTheTrainerMarkAttendanceOnceTheSessionHasBegun() throws Exception {
		long past = this.api.jdbc()
			.queryForObject("""
					insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
					                               created_at, created_by, updated_at, updated_by)
					values (?, now() - interval '1 hour', 60, ?, 5, now(), 'test', now(), 'test') returning id""",
					Long.class, this.training, "Past room " + this.unique);
		long enrolment = enrol(past, this.team.staff().id());
		String path = "/api/v1/trainings/sessions/" + past + "/enrolments/" + enrolment;
		String tag = this.team.lead().etag(path);
		String marked = this.trainer.post(path + "/attendance", tag, """
				{"attendance": "ATTENDED"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attendance").value("ATTENDED"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.team.lead().post(path + "/attendance", tag, """
				{"attendance": "NO_SHOW"}""").andExpect(stale());
		this.team.lead()
			.post(path + "/attendance", marked, """
					{"attendance": "NO_SHOW"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attendance").value("NO_SHOW"));
		this.team.manager().post(path + "/attendance", this.team.lead().etag(path), """
				{"attendance": "ATTENDED"}""").andExpect(problem(403));
		this.team.staff().post(path + "/attendance", "*", """
				{"attendance": "ATTENDED"}""").andExpect(problem(403));
		this.team.lead().post(path + "/attendance", this.team.lead().etag(path), """
				{"attendance": "MAYBE"}""").andExpect(problem(400));
		this.team.lead().post(path + "/attendance", this.team.lead().etag(path), "{}").andExpect(invalid("attendance"));

		String session = this.team.lead()
			.create("/api/v1/trainings/" + this.training + "/sessions",
					sessionJson(Instant.now().plus(2, ChronoUnit.DAYS), "Future room " + this.unique, 5));
		String future = this.team.lead().create(session + "/enrolments", userJson(this.team.staff().id()));
		this.team.lead().post(future + "/attendance", this.team.lead().etag(future), """
				{"attendance": "ATTENDED"}""").andExpect(refused("training.attendance.notYet"));
		this.team.lead()
			.post("/api/v1/trainings/sessions/" + past + "/enrolments/" + id(future) + "/attendance",
					this.team.lead().etag(future), """
							{"attendance": "ATTENDED"}""")
			.andExpect(problem(404));
		this.team.lead()
			.post("/api/v1/trainings/sessions/" + past + "/enrolments", userJson(this.team.manager().id()))
			.andExpect(refused("training.enrol.started"));
		this.team.lead()
			.post(path + "/withdraw", this.team.lead().etag(path), null)
			.andExpect(refused("training.cancel.started"));
	}

	@Test
	void everyoneReadsTheirOwnTrainingsAndTheLeadAndManagersTheCoverage() throws Exception {
		long past = this.api.jdbc()
			.queryForObject("""
					insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
					                               created_at, created_by, updated_at, updated_by)
					values (?, now() - interval '2 days', 60, ?, 5, now(), 'test', now(), 'test') returning id""",
					Long.class, this.training, "Mine room " + this.unique);
		this.api.jdbc()
			.update("update training_enrolments set attendance = 'ATTENDED' where id = ?",
					enrol(past, this.team.staff().id()));
		String session = this.team.lead()
			.create("/api/v1/trainings/" + this.training + "/sessions",
					sessionJson(Instant.now().plus(4, ChronoUnit.DAYS), "Next room " + this.unique, 5));
		this.team.staff().post(session + "/enrol").andExpect(status().isOk());
		this.team.staff()
			.get("/api/v1/trainings/mine")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.upcoming.length()").value(1))
			.andExpect(jsonPath("$.upcoming[0].location").value("Next room " + this.unique))
			.andExpect(jsonPath("$.past[0].attendance").value("ATTENDED"))
			.andExpect(jsonPath("$.past[0].training").value("Api sessions " + this.unique));
		this.team.manager().get("/api/v1/trainings/mine").andExpect(jsonPath("$.upcoming.length()").value(0));
		long department = this.api.jdbc()
			.queryForObject("select department_id from users where id = ?", Long.class, this.team.staff().id());
		this.team.manager()
			.get("/api/v1/trainings/coverage/" + department)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.department").value("Api Sessions " + this.unique))
			.andExpect(jsonPath("$.headCount").value(10));
		this.team.lead()
			.get("/api/v1/trainings/coverage")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].department").exists());
		this.team.staff().get("/api/v1/trainings/coverage").andExpect(problem(403));
	}

	private long enrol(long session, long userId) {
		return this.api.jdbc()
			.queryForObject("""
					insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at,
					                                 created_at, created_by, updated_at, updated_by)
					values (?, ?, 'ENROLLED', 'REGISTERED', now(), now(), 'test', now(), 'test') returning id""",
					Long.class, session, userId);
	}

	private static String sessionJson(Instant start, String location, int capacity) {
		return """
				{"startsAt": "%s", "durationMinutes": 90, "location": "%s", "capacity": %d}""".formatted(start,
				location, capacity);
	}

	private static String userJson(long userId) {
		return """
				{"userId": %d}""".formatted(userId);
	}

	private static String id(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
