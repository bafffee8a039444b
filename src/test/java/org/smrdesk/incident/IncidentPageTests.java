package org.smrdesk.incident;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The incident page's read model ({@link IncidentPages}): the incident is read once per
 * request, and a form refused for a conflict shows what is stored now beside the input.
 */
@IntegrationTest
class IncidentPageTests {

	/**
	 * A statement reading the incidents table itself (not incident_reviews and the like).
	 */
	private static final Pattern READS_INCIDENTS = Pattern.compile("(?i)\\bfrom incidents\\b");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IncidentService incidents;

	@Autowired
	private TimelineService timeline;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private CurrentUser lead;

	private Incident incident;

	@BeforeEach
	void incident() {
		IncidentFixtures fixtures = new IncidentFixtures(this.jdbc, this.userDetails);
		this.lead = fixtures.user(Role.LEAD, "Page Communications");
		this.incident = this.incidents.report(IncidentFixtures.report("Page"), this.lead);
		this.incidents.triage(this.incident.getId(),
				IncidentFixtures.triage(this.incident, Severity.MAJOR, this.lead.departmentId()), this.lead);
		this.timeline.add(this.incident.getId(), IncidentFixtures.entry(TimelineEntryType.NOTE, "A note"), this.lead);
		this.incident = this.incidents.get(this.incident.getId(), this.lead);
	}

	private String path(String suffix) {
		return "/incidents/" + this.incident.getId() + suffix;
	}

	private long incidentReads(String path) throws Exception {
		List<String> statements = SqlStatementCounter
			.statements(() -> this.mvc.perform(get(path).with(user(this.lead))).andExpect(status().isOk()));
		assertThat(statements).isNotEmpty();
		return statements.stream().filter((sql) -> READS_INCIDENTS.matcher(sql).find()).count();
	}

	@Test
	void theIncidentPageReadsTheIncidentOnce() throws Exception {
		assertThat(incidentReads(path(""))).isEqualTo(1);
	}

	@Test
	void theFilteredPageAndThePrintViewReadTheIncidentOnce() throws Exception {
		assertThat(incidentReads(path("?type=NOTE"))).isEqualTo(1);
		assertThat(incidentReads(path("/print"))).isEqualTo(1);
	}

	@Test
	void aStaleEditShowsWhatIsStoredNowBesideWhatWasTyped() throws Exception {
		long seen = this.incident.getVersion();
		IncidentForm theirs = new IncidentForm(this.incident, this.incidents.zone());
		theirs.setTitle("Their title " + this.incident.getId());
		this.incidents.update(this.incident.getId(), theirs, this.lead);
		this.mvc
			.perform(post(path("/edit")).with(user(this.lead))
				.with(csrf())
				.param("version", String.valueOf(seen))
				.param("title", "My title")
				.param("summary", this.incident.getSummary())
				.param("detectedAt", theirs.getDetectedAt().toString())
				.param("kind", this.incident.getKind().name())
				.param("severity", this.incident.getSeverity().name()))
			.andExpect(status().isOk())
			.andExpect(view().name("incidents/form"))
			.andExpect(model().attributeExists("stored"))
			.andExpect(content().string(containsString("value=\"My title\"")))
			.andExpect(content().string(containsString("Stored now: Their title " + this.incident.getId())))
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(model().attribute("form",
					hasProperty("version", is(this.incidents.get(this.incident.getId(), this.lead).getVersion()))));
	}

	@Test
	void aStaleTriageShowsTheStoredSeverityBesideTheChosenOne() throws Exception {
		long seen = this.incident.getVersion();
		this.incidents.triage(this.incident.getId(),
				IncidentFixtures.triage(this.incident, Severity.CRISIS, this.lead.departmentId()), this.lead);
		this.mvc
			.perform(post(path("/triage")).with(user(this.lead))
				.with(csrf())
				.param("version", String.valueOf(seen))
				.param("severity", "MINOR")
				.param("departmentIds", String.valueOf(this.lead.departmentId())))
			.andExpect(status().isOk())
			.andExpect(view().name("incidents/triage"))
			.andExpect(model().attributeExists("stored"))
			.andExpect(content().string(containsString("Stored now: ")));
	}

}
