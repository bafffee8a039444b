package org.smrdesk.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trainings, sessions and people made straight in the database, with unique names.
 */
final class TrainingFixtures {

	private TrainingFixtures() {
	}

	static long training(JdbcTemplate jdbc, String title, boolean required, Long trainerId, long... departmentIds) {
		String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
		Long id = jdbc.queryForObject("""
				insert into trainings (title, topic_kind, format, trainer_id, external_trainer, required,
				                       created_at, created_by, updated_at, updated_by)
				values (?, 'CULTURE', 'WORKSHOP', ?, ?, ?, now(), 'test', now(), 'test') returning id""", Long.class,
				unique, trainerId, (trainerId != null) ? null : "Outside Trainer", required);
		for (long departmentId : departmentIds) {
			jdbc.update("insert into training_audiences (training_id, department_id) values (?, ?)", id, departmentId);
		}
		return id;
	}

	static long session(JdbcTemplate jdbc, long trainingId, Instant startsAt, int capacity) {
		return jdbc.queryForObject("""
				insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
				                               created_at, created_by, updated_at, updated_by)
				values (?, ?, 90, 'Room 4', ?, now(), 'test', now(), 'test') returning id""", Long.class, trainingId,
				Timestamp.from(startsAt), capacity);
	}

	static void attended(JdbcTemplate jdbc, long sessionId, long userId) {
		jdbc.update("""
				insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at,
				                                 created_at, created_by, updated_at, updated_by)
				values (?, ?, 'ENROLLED', 'ATTENDED', now(), now(), 'test', now(), 'test')""", sessionId, userId);
	}

	static CurrentUser person(JdbcTemplate jdbc, Role role, String department) {
		String email = TestData.user(jdbc, role, department);
		long id = TestData.userId(jdbc, email);
		long departmentId = TestData.department(jdbc, department);
		return new CurrentUser(id, email, "Test " + id, departmentId, department, role, null, true);
	}

}
