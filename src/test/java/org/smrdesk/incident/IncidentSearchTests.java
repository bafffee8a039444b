package org.smrdesk.incident;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestDatabases;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding things: the list's search reaches into the timelines (PostgreSQL full-text
 * search, through its index), and the timeline's filters live in the address.
 */
@IntegrationTest
class IncidentSearchTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IncidentService incidents;

	@Autowired
	private IncidentSearch search;

	@Autowired
	private TimelineService timeline;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private CurrentUser lead;

	private CurrentUser otherStaff;

	private Incident incident;

	@BeforeEach
	void incidentWithATimeline() {
		IncidentFixtures fixtures = new IncidentFixtures(this.jdbc, this.userDetails);
		this.lead = fixtures.user(Role.LEAD, "Search Communications");
		this.otherStaff = fixtures.user(Role.STAFF, "Search Elsewhere");
		this.incident = this.incidents.report(IncidentFixtures.report("Palm oil"), this.lead);
		this.timeline.add(this.incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.EXTERNAL_DEVELOPMENT,
						"Activists of Rainforest Watch replaced the logo with an orangutan and apologised to nobody"),
				this.lead);
	}

	private List<Long> found(String words, CurrentUser user) {
		return this.search.search(new IncidentFilter(words, "all", null, null), user, PageRequest.of(0, 50))
			.map((listed) -> listed.incident().getId())
			.getContent();
	}

	@Test
	void theListFindsAnIncidentByAWordOfItsTimeline() {
		assertThat(found("orangutan", this.lead)).contains(this.incident.getId());
	}

	@Test
	void theTimelineSearchStemsWordsAndTakesPhrasesAndExclusions() {
		assertThat(found("activist apologising", this.lead)).contains(this.incident.getId());
		assertThat(found("\"rainforest watch\"", this.lead)).contains(this.incident.getId());
		assertThat(found("\"watch rainforest\"", this.lead)).doesNotContain(this.incident.getId());
		assertThat(found("orangutan -logo", this.lead)).doesNotContain(this.incident.getId());
	}

	@Test
	void staffDoNotFindOtherDepartmentsIncidentsThroughTheirTimelines() {
		assertThat(found("orangutan", this.otherStaff)).doesNotContain(this.incident.getId());
	}

	@Test
	void theListSearchAlsoCoversTheSummary() {
		assertThat(found("what happened to palm", this.lead)).contains(this.incident.getId());
	}

	@Test
	void theListFindsAnIncidentByItsTitleOrServiceInAnyCaseAndAfterAnEdit() {
		String oldTitle = this.incident.getTitle();
		String suffix = oldTitle.substring("Palm oil ".length());
		assertThat(found(oldTitle.toUpperCase(java.util.Locale.ROOT), this.lead)).contains(this.incident.getId());
		IncidentForm form = new IncidentForm(this.incidents.get(this.incident.getId(), this.lead),
				java.time.ZoneOffset.UTC);
		form.setTitle("Orchard fire");
		form.setServiceId(null);
		form.setServiceName("Tube " + suffix);
		form.setDetectedAt(java.time.LocalDateTime.now().minusDays(1).withSecond(0).withNano(0));
		this.incidents.update(this.incident.getId(), form, this.lead);

		assertThat(found("TUBE " + suffix, this.lead)).containsExactly(this.incident.getId());
		assertThat(found(oldTitle, this.lead)).doesNotContain(this.incident.getId());
		// the summary still speaks of palm oil
		assertThat(found("happened to palm", this.lead)).contains(this.incident.getId());
	}

	@Test
	void incidentsOfTheSameSeverityAndMomentAppearOnceAcrossThePages() {
		String tag = "Tie " + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				  status, created_at, created_by, updated_at, updated_by)
				select ? || ' ' || g, 'S', timestamptz '2026-11-02 10:00:00+00', ?, 'COMPLAINT', 3, 3, 'REVIEWED',
				  now(), 'test', now(), 'test'
				from generate_series(1, 45) g""", tag, this.lead.id());
		List<Long> seen = new ArrayList<>();
		for (int page = 0; page < 5; page++) {
			seen.addAll(
					this.search
						.search(new IncidentFilter(tag, "all", null, null), this.lead,
								PageRequest.of(page, 10,
										org.springframework.data.domain.Sort.by("severity", "detectedAt")))
						.map((listed) -> listed.incident().getId())
						.getContent());
		}
		assertThat(seen).hasSize(45).doesNotHaveDuplicates();
	}

	@Test
	void oddSearchTextIsNeverAnError() throws Exception {
		for (String words : List.of("\"", "-", "or", "a & b | !c", "(((", "'; drop table incidents; --")) {
			this.mvc.perform(get("/incidents").param("q", words).param("status", "all").with(user(this.lead)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void theTimelineTextSearchUsesItsIndex() throws Exception {
		List<String> plan = new ArrayList<>();
		try (Connection connection = TestDatabases.ownerConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set enable_seqscan = off");
			try (ResultSet rows = statement
				.executeQuery("explain select t.incident_id from incident_timeline_entries t "
						+ "where to_tsvector('english', t.body) @@ websearch_to_tsquery('english', 'orangutan')")) {
				while (rows.next()) {
					plan.add(rows.getString(1));
				}
			}
		}
		assertThat(String.join("\n", plan)).contains("incident_timeline_body_text_idx");
	}

	@Test
	void filteringTheTimelineWithHtmxPutsTheFiltersInTheAddress() throws Exception {
		this.mvc
			.perform(get("/incidents/" + this.incident.getId() + "/timeline").with(user(this.lead))
				.header("HX-Request", "true")
				.param("type", "EXTERNAL_DEVELOPMENT")
				.param("group", "")
				.param("q", "orangutan"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Push-Url",
					"/incidents/" + this.incident.getId() + "?type=EXTERNAL_DEVELOPMENT&q=orangutan"));
	}

}
