package org.smrdesk.activity;

import java.time.LocalDate;
import java.util.UUID;

import org.smrdesk.TestData;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Services and activities straight in the database, with unique names, for integration
 * tests of the awareness feature.
 */
final class AwarenessFixtures {

	private AwarenessFixtures() {
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static long service(JdbcTemplate jdbc, String name) {
		return TestData.channel(name).insert(jdbc);
	}

	static long activity(JdbcTemplate jdbc, long departmentId, long serviceId, long ownerId, String title,
			LocalDate date) {
		return TestData.activity(departmentId, serviceId, ownerId)
			.with("title", title)
			.with("activity_date", date)
			.insert(jdbc);
	}

	static int activities(JdbcTemplate jdbc, long departmentId, long serviceId, long ownerId, String titlePrefix,
			int count) {
		return jdbc.update("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
				                        created_at, created_by, updated_at, updated_by)
				select ?, ?, 'POST', ? || ' ' || g, current_date - (g % 300), ?, 'DONE', now(), 'test', now(), 'test'
				from generate_series(1, ?) as g""", departmentId, serviceId, titlePrefix, ownerId, count);
	}

}
