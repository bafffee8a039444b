package org.smrdesk.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records with dates for the deadline feed tests, each with a unique name.
 */
final class DeadlineFeedFixtures {

	private DeadlineFeedFixtures() {
	}

	static CurrentUser person(JdbcTemplate jdbc, Role role) {
		String department = "Deadline Dept";
		String email = TestData.user(jdbc, role, department);
		long id = TestData.userId(jdbc, email);
		return new CurrentUser(id, email, "Test " + id, TestData.department(jdbc, department), department, role, null,
				true);
	}

	static long vendor(JdbcTemplate jdbc, String status, LocalDate renewal, Integer noticeDays, Long primaryContactId) {
		return TestData.vendor("Feed Vendor " + UUID.randomUUID())
			.with("status", status)
			.with("renewal_date", Date.valueOf(renewal))
			.with("notice_days", noticeDays)
			.sql("annual_cost", "98765.43")
			.with("currency", "EUR")
			.with("primary_contact_id", primaryContactId)
			.insert(jdbc);
	}

	static long policy(JdbcTemplate jdbc, long ownerId, LocalDate review) {
		return jdbc.queryForObject("""
				insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
				                      created_at, created_by, updated_at, updated_by)
				values (?, 'BLOGGING', ?, true, 12, ?, now(), 'test', now(), 'test') returning id""", Long.class,
				"Feed Policy " + UUID.randomUUID(), ownerId, Date.valueOf(review));
	}

	/**
	 * An incident with a review and one follow-up.
	 * @return the follow-up's id
	 */
	static long followUp(JdbcTemplate jdbc, long reporterId, long ownerId, LocalDate due, String state) {
		long incident = jdbc.queryForObject("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				                       status, created_at, created_by, updated_at, updated_by)
				values (?, 'Feed fixture', now() - interval '2 days', ?, 'COMPLAINT', 2, 2, 'RESOLVED', now(), 'test',
				        now(), 'test') returning id""", Long.class, "Feed Incident " + UUID.randomUUID(), reporterId);
		long review = jdbc.queryForObject(
				"""
						insert into incident_reviews (incident_id, what_happened, created_at, created_by, updated_at, updated_by)
						values (?, 'It happened', now(), 'test', now(), 'test') returning id""",
				Long.class, incident);
		return jdbc.queryForObject("""
				insert into incident_follow_ups (review_id, type, description, owner_id, due_on, state, closed_at,
				                                 created_at, created_by, updated_at, updated_by)
				values (?, 'ACTION', ?, ?, ?, ?, case when ? = 'OPEN' then null else now() end, now(), 'test', now(),
				        'test') returning id""", Long.class, review, "Feed follow-up " + UUID.randomUUID(), ownerId,
				Date.valueOf(due), state, state);
	}

}
