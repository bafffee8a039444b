package org.smrdesk.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.smrdesk.TestDatabases.Database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore drill of the README, with its scripts ({@code deploy/backup/}):
 * a backup taken while writes go on, restored into a fresh database, on which the
 * application starts and finds every record committed before the backup began; a person
 * erased after the backup stays erased (the erasure ledger); a restore into a database
 * that is not empty is refused.
 */
class BackupRestoreDrillTests {

	@Test
	void aBackupTakenDuringWritesRestoresEveryCommittedRecordAndErasuresStay() throws Exception {
		DrillServer server = DrillServer.find();
		Assumptions.assumeTrue(server != null, "No pg_dump, pg_restore and psql under /usr/lib/postgresql/*/bin "
				+ "(nor initdb and pg_ctl for a server they can dump): the backup drill is skipped");
		Path work = Files.createTempDirectory("smr-drill");
		Path ledger = work.resolve("erasures.ledger");
		Path dump = work.resolve("smrdesk.dump");
		Database source = server.create("smr_drill");
		List<String> committed = new CopyOnWriteArrayList<>();
		long erin;
		int committedBeforeBackup;
		try (AppNode node = AppNode.start(source, List.of(), "smr.privacy.erasure-ledger=" + ledger)) {
			JdbcTemplate app = node.bean(JdbcTemplate.class);
			erin = app.queryForObject(
					"""
							insert into contacts (kind, name, email, notes, state, created_at, created_by, updated_at, updated_by)
							values ('JOURNALIST', 'Erin Erasable', 'erin@press.example', 'asked for a call', 'ENGAGED', now(),
							    'drill', now(), 'drill') returning id""",
					Long.class);
			app.update(
					"""
							insert into interactions (contact_id, kind, occurred_on, summary, created_at, created_by, updated_at,
							    updated_by)
							values (?, 'CALL', current_date, 'Erin said something personal', now(), 'drill', now(), 'drill')""",
					erin);
			AtomicBoolean writing = new AtomicBoolean(true);
			Thread writer = new Thread(() -> {
				for (int i = 0; writing.get(); i++) {
					String name = "Drill " + i;
					app.update("""
							insert into departments (name, head_count, created_at, created_by, updated_at, updated_by)
							values (?, ?, now(), 'drill', now(), 'drill')""", name, i);
					committed.add(name);
				}
			});
			writer.start();
			JobsAcrossNodesTests.awaitUntil(() -> committed.size() >= 50, java.time.Duration.ofSeconds(60));
			committedBeforeBackup = committed.size();
			DrillServer.Result backup = server.client(source,
					List.of("deploy/backup/backup.sh", DrillServer.databaseName(source), dump.toString()));
			assertThat(backup.exit()).as(backup.output()).isZero();
			JobsAcrossNodesTests.awaitUntil(() -> committed.size() >= committedBeforeBackup + 20,
					java.time.Duration.ofSeconds(60));
			writing.set(false);
			writer.join();
			// after the backup: the lead erases Erin
			Browser lead = new Browser();
			lead.signIn(node.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
			var erase = Browser.form(lead.get(node.url("/contacts/" + erin)), "form[action$=/erase]");
			assertThat(lead.submit(erase, node.url("/contacts/" + erin + "/erase"), Map.of()).statusCode())
				.isEqualTo(302);
			assertThat(Files.readString(ledger)).startsWith(erin + "\t");
		}

		DrillServer.Result refused = server.client(source,
				List.of("deploy/backup/restore.sh", dump.toString(), DrillServer.databaseName(source)));
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.output()).contains("Refusing to restore into " + DrillServer.databaseName(source));

		Database restored = server.create("smr_restored");
		DrillServer.Result restore = server.client(restored,
				List.of("deploy/backup/restore.sh", dump.toString(), DrillServer.databaseName(restored)));
		assertThat(restore.exit()).as(restore.output()).isZero();

		JdbcTemplate before = owner(source);
		try (AppNode node = AppNode.start(restored, List.of(), "smr.privacy.erasure-ledger=" + ledger)) {
			JdbcTemplate app = node.bean(JdbcTemplate.class);
			List<String> names = app.queryForList("select name from departments where created_by = 'drill'",
					String.class);
			assertThat(names).containsAll(committed.subList(0, committedBeforeBackup));
			assertThat(committed).containsAll(names);
			// a sample of rows, every column as committed
			for (String name : List.of(committed.get(0), committed.get(committedBeforeBackup / 2),
					committed.get(committedBeforeBackup - 1))) {
				String row = "select id, name, head_count, created_at, version from departments where name = ?";
				assertThat(app.queryForMap(row, name)).isEqualTo(before.queryForMap(row, name));
			}
			for (String table : List.of("users", "flyway_schema_history", "contacts", "interactions")) {
				JdbcTemplate reader = table.startsWith("flyway") ? owner(restored) : app;
				assertThat(reader.queryForObject("select count(*) from " + table, Long.class)).as(table)
					.isEqualTo(before.queryForObject("select count(*) from " + table, Long.class));
			}
			// the backup predates Erin's erasure: the ledger erased her again at start-up
			assertThat(app.queryForMap("select name, email, notes, erased_at from contacts where id = ?", erin))
				.containsEntry("name", "Erased contact")
				.containsEntry("email", null)
				.containsEntry("notes", null)
				.satisfies((row) -> assertThat(row.get("erased_at")).isNotNull());
			assertThat(
					app.queryForObject("select count(*) from interactions where contact_id = ? and summary is not null",
							Integer.class, erin))
				.isZero();
			Browser lead = new Browser();
			assertThat(lead.signIn(node.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD).statusCode())
				.isEqualTo(302);
			assertThat(lead.get(node.url("/contacts/" + erin)).body()).contains("Erased contact")
				.doesNotContain("Erin Erasable");
		}
	}

	private static JdbcTemplate owner(Database database) {
		return new JdbcTemplate(
				new DriverManagerDataSource(database.url(), database.ownerUsername(), database.ownerPassword()));
	}

}
