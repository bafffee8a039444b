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

	public static long userId(JdbcTemplate jdbc, String email) {
		return jdbc.queryForObject("select id from users where email = ?", Long.class, email);
	}

}
