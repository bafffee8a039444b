package org.smrdesk.security;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestDatabases;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application runs as a role that may read and write rows and nothing more: no schema
 * changes, no TRUNCATE, not a superuser, and only SELECT and INSERT on the append-only
 * records. Flyway migrated as the owner.
 */
@IntegrationTest
class DatabaseRolesTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theApplicationRunsAsARoleThatIsNeitherTheOwnerNorASuperuser() throws Exception {
		String runtime = this.jdbc.queryForObject("select current_user", String.class);
		assertThat(
				this.jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
			.isFalse();
		assertThat(this.jdbc.queryForObject("select tableowner from pg_tables where tablename = 'users'", String.class))
			.isNotEqualTo(runtime);
	}

	@Test
	void theRuntimeRoleCannotChangeTheSchema() {
		refused("create table sneaky (id int)");
		refused("alter table users add column sneaky text");
		refused("drop table login_throttle");
		refused("truncate login_throttle");
	}

	@Test
	void theRuntimeRoleCannotRewriteOrSwitchOffTheTimeline() {
		refused("update incident_timeline_entries set body = 'rewritten'");
		refused("delete from incident_timeline_entries");
		refused("truncate incident_timeline_entries");
		refused("set session_replication_role = replica");
		refused("alter table incident_timeline_entries disable trigger all");
	}

	@Test
	void theRuntimeRoleCannotRewriteTheAuditLogButCanAppendToIt() {
		refused("update audit_log set actor = 'someone else'");
		refused("delete from audit_log");
		refused("truncate audit_log");
		this.jdbc.update("""
				insert into audit_log (actor, occurred_at, action, entity_type, entity_id)
				values ('roles-test', now(), 'EXPORT', 'Test', 1)""");
	}

	@Test
	void theOwnerMigrated() throws Exception {
		try (Connection owner = TestDatabases.ownerConnection(); Statement statement = owner.createStatement()) {
			var result = statement.executeQuery(
					"select count(*) from flyway_schema_history where installed_by = current_user and success");
			result.next();
			assertThat(result.getInt(1)).isPositive();
		}
	}

	private void refused(String sql) {
		assertThatExceptionOfType(DataAccessException.class).as(sql).isThrownBy(() -> this.jdbc.execute(sql));
	}

}
