package org.smrdesk;

import java.util.UUID;

import org.smrdesk.core.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Creates departments and users straight in the database, with unique names, for tests
 * that sign in for real.
 */
public final class TestData {

	/** The password of every user made here. */
	public static final String PASSWORD = "test-password-1";

	private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

	private TestData() {
	}

	/**
	 * A department (created when missing).
	 * @param jdbc the database
	 * @param name its name
	 * @return its id
	 */
	public static long department(JdbcTemplate jdbc, String name) {
		jdbc.update("""
				insert into departments (name, head_count, created_at, created_by, updated_at, updated_by)
				values (?, 10, now(), 'test', now(), 'test') on conflict (name) do nothing""", name);
		return jdbc.queryForObject("select id from departments where name = ?", Long.class, name);
	}

	/**
	 * A new active user with a unique e-mail address and the password {@link #PASSWORD}.
	 * @param jdbc the database
	 * @param role the role
	 * @param departmentName the department (created when missing)
	 * @return the e-mail address
	 */
	public static String user(JdbcTemplate jdbc, Role role, String departmentName) {
		long department = department(jdbc, departmentName);
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		jdbc.update("""
				insert into users (email, display_name, department_id, role, active, password_hash,
				                   created_at, created_by, updated_at, updated_by)
				values (?, ?, ?, ?, true, ?, now(), 'test', now(), 'test')""", email,
				"Test " + role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + email.substring(6, 10),
				department, role.name(), HASH);
		return email;
	}

	/**
	 * A social medium ({@code social_services}): a blog unless changed.
	 * @param name its name (unique)
	 * @return the row to insert
	 */
	public static TestRow channel(String name) {
		return TestRow.into("social_services").with("name", name).with("kind", "BLOG");
	}

	/**
	 * An account on a social medium, active.
	 * @param channelId the social medium
	 * @param handle the handle (unique per medium)
	 * @param departmentId the department
	 * @param ownerId its owner
	 * @return the row to insert
	 */
	public static TestRow account(long channelId, String handle, long departmentId, long ownerId) {
		return TestRow.into("accounts")
			.with("service_id", channelId)
			.with("handle", handle)
			.with("department_id", departmentId)
			.with("owner_id", ownerId);
	}

	/**
	 * An activity: a post done today, with a unique title, unless changed.
	 * @param departmentId the department
	 * @param channelId the social medium
	 * @param ownerId its owner
	 * @return the row to insert
	 */
	public static TestRow activity(long departmentId, long channelId, long ownerId) {
		return TestRow.into("activities")
			.with("department_id", departmentId)
			.with("service_id", channelId)
			.with("kind", "POST")
			.with("title", "Activity " + UUID.randomUUID().toString().substring(0, 8))
			.sql("activity_date", "current_date")
			.with("owner_id", ownerId)
			.with("status", "DONE");
	}

	/**
	 * A contact: an engaged blogger unless changed.
	 * @param name the name
	 * @return the row to insert
	 */
	public static TestRow contact(String name) {
		return TestRow.into("contacts").with("kind", "BLOGGER").with("name", name).with("state", "ENGAGED");
	}

	/**
	 * A vendor: an active agency unless changed.
	 * @param name the name
	 * @return the row to insert
	 */
	public static TestRow vendor(String name) {
		return TestRow.into("vendors").with("name", name).with("kind", "AGENCY").with("status", "ACTIVE");
	}

	/**
	 * A monitoring source: a push source, due now, unless changed.
	 * @param name the name
	 * @return the row to insert
	 */
	public static TestRow monitoringSource(String name) {
		return TestRow.into("monitoring_sources")
			.with("kind", "PUSH")
			.with("name", name)
			.with("url", "https://vendor.example/push")
			.sql("next_poll_at", "now()");
	}

	public static long userId(JdbcTemplate jdbc, String email) {
		return jdbc.queryForObject("select id from users where email = ?", Long.class, email);
	}

}
