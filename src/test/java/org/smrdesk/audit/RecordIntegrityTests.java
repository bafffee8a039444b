package org.smrdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.TestDatabases;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hash chains over the audit log and the timeline: rows written by the application
 * are sealed and verify; a row changed directly in the database by its owner (who can
 * switch the append-only trigger off) is reported, on the lead's page too.
 */
@IntegrationTest
class RecordIntegrityTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RecordIntegrity integrity;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void rowsChangedByTheOwnerAreReportedAndTheRestVerifies() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long audit = this.jdbc.queryForObject("""
				insert into audit_log (actor, occurred_at, action, entity_type, entity_id)
				values (?, now(), 'EXPORT', 'Contact', 1) returning id""", Long.class, "integrity-" + tag);
		long entry = timelineEntry(tag);

		RecordIntegrity.Report before = this.integrity.verify();
		assertThat(before.breaks()).noneMatch((b) -> b.id() == audit || b.id() == entry);
		assertThat(this.jdbc.queryForObject("select row_hash from audit_log where id = ?", String.class, audit))
			.hasSize(64);
		assertThat(this.jdbc.queryForObject("select row_hash from incident_timeline_entries where id = ?", String.class,
				entry))
			.hasSize(64);

		try (Connection owner = TestDatabases.ownerConnection(); Statement statement = owner.createStatement()) {
			statement.execute("update audit_log set actor = 'someone-else' where id = " + audit);
			statement
				.execute("alter table incident_timeline_entries disable trigger incident_timeline_no_update_or_delete");
			try (PreparedStatement update = owner
				.prepareStatement("update incident_timeline_entries set body = 'rewritten' where id = ?")) {
				update.setLong(1, entry);
				update.executeUpdate();
			}
			finally {
				statement.execute(
						"alter table incident_timeline_entries enable trigger incident_timeline_no_update_or_delete");
			}
		}

		RecordIntegrity.Report after = this.integrity.verify();
		assertThat(after.breaks()).anyMatch((b) -> b.table().equals("audit_log") && b.id() == audit)
			.anyMatch((b) -> b.table().equals("incident_timeline_entries") && b.id() == entry);
		String lead = TestData.user(this.jdbc, Role.LEAD, "Integrity Communications");
		this.mvc.perform(get("/audit/integrity").with(user(this.users.loadUserByUsername(lead))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("do not match their chain")))
			.andExpect(content().string(containsString(">" + audit + "<")));
	}

	private long timelineEntry(String tag) {
		long reporter = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, "Integrity Reporters"));
		long incident = this.jdbc.queryForObject("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				                       status, created_at, created_by, updated_at, updated_by)
				values (?, 'summary', now(), ?, 'COMPLAINT', 3, 3, 'TRIAGE', now(), 'test', now(), 'test')
				returning id""", Long.class, "Integrity " + tag, reporter);
		return this.jdbc.queryForObject("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body)
				values (?, 'NOTE', now(), now(), 'Test', 'original') returning id""", Long.class, incident);
	}

}
