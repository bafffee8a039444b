package org.smrdesk.incident;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.RepositoryTest;
import org.smrdesk.TestData;
import org.smrdesk.TestDatabases;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@RepositoryTest
class TimelineEntryRepositoryTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TimelineEntryRepository entries;

	private long incidentId;

	@BeforeEach
	void createIncident() {
		long reporter = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, "Timeline Repository"));
		this.incidentId = this.jdbc.queryForObject("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				                       status, created_at, created_by, updated_at, updated_by)
				values (?, 'summary', now(), ?, 'COMPLAINT', 3, 3, 'TRIAGE', now(), 'test', now(), 'test')
				returning id""", Long.class, "Repository " + UUID.randomUUID(), reporter);
	}

	private long entry(String body, Instant occurredAt) {
		return this.jdbc.queryForObject("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body)
				values (?, 'NOTE', ?, now(), 'Test', ?) returning id""", Long.class, this.incidentId,
				Timestamp.from(occurredAt), body);
	}

	@Test
	void anUpdateOfATimelineEntryFailsEvenForTheTableOwner() throws Exception {
		try (Connection connection = TestDatabases.ownerConnection()) {
			connection.setAutoCommit(false);
			JdbcTemplate owner = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			try {
				long reporter = TestData.userId(owner, TestData.user(owner, Role.STAFF, "Timeline Owner"));
				long incident = owner.queryForObject("""
						insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity,
						                       severity, status, created_at, created_by, updated_at, updated_by)
						values ('Owner test', 'summary', now(), ?, 'COMPLAINT', 3, 3, 'TRIAGE', now(), 'test', now(),
						        'test') returning id""", Long.class, reporter);
				long id = owner.queryForObject("""
						insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name,
						                                       body)
						values (?, 'NOTE', now(), now(), 'Test', 'original') returning id""", Long.class, incident);
				assertThat(owner.queryForObject("select tableowner = current_user from pg_tables "
						+ "where tablename = 'incident_timeline_entries'", Boolean.class))
					.isTrue();
				assertThatExceptionOfType(DataAccessException.class).isThrownBy(
						() -> owner.update("update incident_timeline_entries set body = 'changed' where id = ?", id))
					.withMessageContaining("append-only");
			}
			finally {
				connection.rollback();
			}
		}
	}

	@Test
	void theApplicationMayNeitherUpdateNorDeleteATimelineEntry() {
		long id = entry("original", Instant.parse("2026-11-20T10:00:00Z"));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.update("update incident_timeline_entries set body = 'changed' where id = ?", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from incident_timeline_entries where id = ?", id));
	}

	@Test
	void aCorrectionMustReferToAnEarlierEntry() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body)
				values (?, 'CORRECTION', now(), now(), 'Test', 'no reference')""", this.incidentId));
	}

	@Test
	void theTimelineIsOrderedByOccurrenceThenByRecordingOrder() {
		Instant same = Instant.parse("2026-11-20T10:00:00Z");
		long later = entry("later", Instant.parse("2026-11-20T12:00:00Z"));
		long firstAtTen = entry("first at ten", same);
		long earliest = entry("earliest", Instant.parse("2026-11-20T08:00:00Z"));
		long secondAtTen = entry("second at ten", same);
		List<TimelineEntry> timeline = this.entries.findTimeline(this.incidentId, null, null, null, null, null, "");
		assertThat(timeline).extracting(TimelineEntry::getId).containsExactly(earliest, firstAtTen, secondAtTen, later);
	}

	@Test
	void theTimelineFiltersByTypeAndScope() {
		entry("a note", Instant.parse("2026-11-20T10:00:00Z"));
		this.jdbc.update("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body,
				                                       party, external)
				values (?, 'ENGAGEMENT', now(), now(), 'Test', 'press call', 'PRESS', true)""", this.incidentId);
		assertThat(this.entries.findTimeline(this.incidentId, null, true, null, null, null, ""))
			.extracting(TimelineEntry::getBody)
			.containsExactly("press call");
		assertThat(this.entries.findTimeline(this.incidentId, TimelineEntryType.NOTE, null, null, null, null, ""))
			.extracting(TimelineEntry::getBody)
			.containsExactly("a note");
		assertThat(this.entries.findTimeline(this.incidentId, null, null, null, OutsideParty.PRESS, null, ""))
			.extracting(TimelineEntry::getBody)
			.containsExactly("press call");
	}

}
