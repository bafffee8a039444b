package org.smrdesk.operations;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smrdesk.TestDatabases;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upgrades: a database at the previous release's schema, with data in it, migrates to
 * this version with the data intact; a node of this version refuses a database that a
 * newer version migrated, with one line.
 */
@ExtendWith(OutputCaptureExtension.class)
class UpgradeTests {

	/**
	 * The last migration of the previous release (main before issue 16's migrations):
	 * raise it at each release.
	 */
	static final String PREVIOUS_RELEASE = "65";

	@Test
	void aDatabaseOfThePreviousReleaseWithDataMigratesToThisOneWithTheDataIntact() {
		TestDatabases.Database database = TestDatabases.isolated("smr_upgrade");
		JdbcTemplate owner = owner(database);
		Flyway previous = flyway(database).target(MigrationVersion.fromVersion(PREVIOUS_RELEASE)).load();
		previous.migrate();
		assertThat(previous.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion(PREVIOUS_RELEASE));
		assertThat(tables(owner)).doesNotContain("job_runs");

		owner.update("""
				insert into departments (name, head_count, created_at, created_by, updated_at, updated_by)
				values ('Upgrade Dept', 12, now(), 'upgrade', now(), 'upgrade')""");
		long department = owner.queryForObject("select id from departments where name = 'Upgrade Dept'", Long.class);
		owner
			.update("""
					insert into users (email, display_name, department_id, role, password_hash, created_at, created_by,
					    updated_at, updated_by)
					values ('upgrade@ops.example', 'Ulla Upgrade', ?, 'STAFF', '{noop}x', now(), 'upgrade', now(), 'upgrade')""",
					department);
		owner.update("""
				insert into contacts (kind, name, state, created_at, created_by, updated_at, updated_by)
				values ('JOURNALIST', 'Pat Previous', 'ENGAGED', now(), 'upgrade', now(), 'upgrade')""");
		long contact = owner.queryForObject("select id from contacts where name = 'Pat Previous'", Long.class);
		owner.update("""
				insert into interactions (contact_id, kind, occurred_on, created_at, created_by, updated_at, updated_by)
				values (?, 'CALL', date '2026-01-15', now(), 'upgrade', now(), 'upgrade')""", contact);
		owner.update("""
				insert into monitoring_sources (kind, name, url, next_poll_at, created_at, created_by, updated_at,
				    updated_by)
				values ('FEED', 'Upgrade feed', 'https://feeds.example/upgrade.xml', now(), now(), 'upgrade', now(),
				    'upgrade')""");
		Map<String, Object> before = snapshot(owner);

		Flyway current = flyway(database).load();
		current.migrate();
		current.validate();
		assertThat(current.info().pending()).isEmpty();
		assertThat(tables(owner)).contains("job_runs");
		assertThat(snapshot(owner)).isEqualTo(before);
	}

	@Test
	void aNodeRefusesADatabaseMigratedByANewerVersionWithOneClearLine(CapturedOutput output) {
		TestDatabases.Database database = TestDatabases.isolated("smr_newer");
		flyway(database).locations("classpath:db/migration", "classpath:upgrade/future").load().migrate();
		assertThatThrownBy(() -> AppNode.start(database, List.of()).close()).isInstanceOf(RuntimeException.class);
		assertThat(output.getOut() + output.getErr()).contains(
				"The database was migrated by a newer version of SMR Desk (migration 999 is unknown to this version): "
						+ "run that version or a later one, or restore a backup taken before the upgrade.");
		// nothing was changed: the newer schema is as the newer version left it
		assertThat(tables(owner(database))).contains("newer_version_feature");
	}

	private static Map<String, Object> snapshot(JdbcTemplate owner) {
		return Map.of("department",
				owner.queryForMap("select name, head_count, created_by from departments where name = 'Upgrade Dept'"),
				"user",
				owner.queryForMap("select email, display_name, role, active, password_hash from users "
						+ "where email = 'upgrade@ops.example'"),
				"contact", owner.queryForMap("select name, kind, state from contacts where name = 'Pat Previous'"),
				"interactions",
				owner.queryForList("select i.kind, i.occurred_on from interactions i join contacts c "
						+ "on c.id = i.contact_id where c.name = 'Pat Previous'"),
				"source", owner.queryForMap("select kind, url, enabled, poll_interval_minutes from monitoring_sources "
						+ "where name = 'Upgrade feed'"));
	}

	private static List<String> tables(JdbcTemplate owner) {
		return owner.queryForList("select tablename from pg_tables where schemaname = 'public'", String.class);
	}

	private static JdbcTemplate owner(TestDatabases.Database database) {
		return new JdbcTemplate(
				new DriverManagerDataSource(database.url(), database.ownerUsername(), database.ownerPassword()));
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(TestDatabases.Database database) {
		return Flyway.configure()
			.dataSource(database.url(), database.ownerUsername(), database.ownerPassword())
			.locations("classpath:db/migration")
			.outOfOrder(true);
	}

}
