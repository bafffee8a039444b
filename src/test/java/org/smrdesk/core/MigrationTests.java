package org.smrdesk.core;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.smrdesk.RepositoryTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migrations apply to an empty database (the test database starts empty) and
 * Hibernate validates the schema against the entities ({@code ddl-auto=validate}: the
 * context would not start otherwise).
 */
@RepositoryTest
class MigrationTests {

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyMigrationIsAppliedAndNonePending() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).isNotEmpty()
			.allSatisfy((m) -> assertThat(m.getState().isFailed()).isFalse());
	}

	@Test
	void theCoreTablesExist() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public'", String.class);
		assertThat(tables).contains("departments", "users", "audit_log", "login_throttle", "spring_session",
				"spring_session_attributes");
	}

	@Test
	void theDemoDataIsNotLoadedOutsideTheDemoProfile() {
		assertThat(
				this.jdbc.queryForObject("select count(*) from users where email = 'lead@example.com'", Integer.class))
			.isZero();
	}

	@Test
	void anOutboxAttachmentMustBelongToAMail() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into mail_outbox_attachments (mail_id, filename, content_type, content)
				values (-1, 'report.pdf', 'application/pdf', '\\x00'::bytea)"""));
	}

	@Test
	void everyForeignKeyColumnIsIndexed() {
		List<String> unindexed = this.jdbc.queryForList("""
				select c.conrelid::regclass || '.' || a.attname
				from pg_constraint c
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
				where c.contype = 'f' and array_length(c.conkey, 1) = 1
				  and not exists (
				    select 1 from pg_index i
				    where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
				""", String.class);
		assertThat(unindexed).as("foreign key columns without an index").isEmpty();
	}

}
