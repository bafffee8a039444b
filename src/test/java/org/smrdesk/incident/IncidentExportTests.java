package org.smrdesk.incident;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The incidents CSV is streamed: every matching incident, however many (it stopped
 * silently at 10,000 rows), with the milestones of each, for the rows the user may see.
 */
@IntegrationTest
class IncidentExportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private final String tag = "Export" + UUID.randomUUID().toString().substring(0, 8);

	private CurrentUser lead;

	private CurrentUser staff;

	private final int rows = Paging.MAX_ROWS + 501;

	@BeforeEach
	void moreIncidentsThanTheOldCap() {
		IncidentFixtures fixtures = new IncidentFixtures(this.jdbc, this.userDetails);
		this.lead = fixtures.user(Role.LEAD, "Export Communications");
		this.staff = fixtures.user(Role.STAFF, "Export Elsewhere");
		long reporter = TestData.userId(this.jdbc, this.lead.getUsername());
		this.jdbc.update("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				                       status, created_at, created_by, updated_at, updated_by)
				select ? || ' ' || lpad(g::text, 6, '0'), 'summary', timestamptz '2026-01-05 10:00Z', ?, 'COMPLAINT',
				       3, 3, 'RESOLVED', now(), 'test', now(), 'test'
				from generate_series(1, ?) g""", this.tag, reporter, this.rows);
		// the last incident was triaged 30 minutes after detection
		this.jdbc.update("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body,
				                                       from_status, to_status)
				select id, 'STATUS_CHANGE', detected_at + interval '30 minutes', now(), 'Test', 'Triage', 'REPORTED',
				       'TRIAGE'
				from incidents where title = ? || ' ' || lpad(?::text, 6, '0')""", this.tag, this.rows);
	}

	@AfterEach
	void removeThem() {
		this.jdbc.update("""
				delete from incidents i where i.title like ? || ' %'
				and not exists (select 1 from incident_timeline_entries t where t.incident_id = i.id)""", this.tag);
	}

	private String export(CurrentUser user) throws Exception {
		return this.mvc
			.perform(get("/incidents").param("format", "csv")
				.param("status", "all")
				.param("q", this.tag.toLowerCase())
				.param("sort", "title")
				.with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void everyMatchingIncidentIsExportedWithItsMilestonesBeyondTheOldCapOfTenThousand() throws Exception {
		List<String> lines = export(this.lead).lines().toList();
		assertThat(lines.get(0)).isEqualTo(String.join(",", IncidentSearch.EXPORT_COLUMNS));
		assertThat(lines).hasSize(this.rows + 1);
		assertThat(lines.get(1)).contains(this.tag + " 000001,3,RESOLVED,COMPLAINT,,2026-01-05T")
			.endsWith("," + this.lead.displayName() + ",,,,");
		assertThat(lines.get(this.rows)).contains(this.tag + " " + String.format("%06d", this.rows))
			.endsWith("," + this.lead.displayName() + ",,30,,");
	}

	@Test
	void staffExportOnlyTheIncidentsTheyMayRead() throws Exception {
		assertThat(export(this.staff).lines()).hasSize(1);
	}

}
