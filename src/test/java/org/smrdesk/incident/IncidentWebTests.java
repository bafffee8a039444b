package org.smrdesk.incident;

import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The incident pages over HTTP: htmx fragments and their no-JavaScript fallbacks, the
 * conflict message, the PDF and the API.
 */
@IntegrationTest
class IncidentWebTests {

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
		this.lead = fixtures.user(Role.LEAD, "Web Communications");
		this.incident = this.incidents.report(IncidentFixtures.report("Web"), this.lead);
		this.incidents.triage(this.incident.getId(),
				IncidentFixtures.triage(this.incident, Severity.MAJOR, this.lead.departmentId()), this.lead);
		this.incident = this.incidents.get(this.incident.getId(), this.lead);
	}

	private String path(String suffix) {
		return "/incidents/" + this.incident.getId() + suffix;
	}

	@Test
	void onlyTheFormReadsTheServicesForItsDropDown() throws Exception {
		// every page of the controller read every service (a statement and its entities)
		// for the form's drop-down
		this.mvc.perform(get("/incidents").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("services"));
		this.mvc.perform(get(path("")).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("services"));
		this.mvc.perform(get("/incidents/new").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("services"));
		this.mvc.perform(get(path("/edit")).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("services"));
	}

	@Test
	void theListSaysWhetherItShowsOpenIncidentsOrTheFilteredOnes() throws Exception {
		this.mvc.perform(get("/incidents").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open incidents, crises first")));
		this.mvc.perform(get("/incidents").param("status", "all").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Incidents matching the filters")));
	}

	@Test
	void addingAnEntryWithHtmxAnswersTheTimelinePanelOnly() throws Exception {
		String html = this.mvc
			.perform(post(path("/timeline")).with(user(this.lead))
				.with(csrf())
				.header("HX-Request", "true")
				.param("type", "DECISION")
				.param("occurredAt", "2026-01-05T10:30")
				.param("body", "Apologise on camera"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<html")
			.contains("id=\"timeline-panel\"", "Apologise on camera", "Entry added to the timeline.", "hx-swap-oob");
		// The new entry is marked for focus (static/js/incidents.js moves focus to it
		// after the swap).
		Long added = this.timeline.timeline(this.incident, TimelineFilter.NONE)
			.stream()
			.filter((e) -> "Apologise on camera".equals(e.getBody()))
			.findFirst()
			.orElseThrow()
			.getId();
		assertThat(html).contains("id=\"entry-" + added + "\"")
			.containsPattern("id=\"entry-" + added + "\"[^>]*tabindex=\"-1\"[^>]*data-added-entry=\"true\"");
	}

	@Test
	void wordsFindEntriesInsideTheTimelineOnThePageThePrintViewAndThePdf() throws Exception {
		this.timeline.add(this.incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.NOTE, "The franchise owner called back"), this.lead);
		this.timeline.add(this.incident.getId(), IncidentFixtures.entry(TimelineEntryType.NOTE, "Press asked twice"),
				this.lead);
		this.mvc.perform(get(path("")).param("q", "FRANCHISE").with(user(this.lead)))
			.andExpect(content().string(containsString("The franchise owner called back")))
			.andExpect(content().string(not(containsString("Press asked twice"))))
			.andExpect(content().string(containsString("Print these entries")));
		this.mvc.perform(get(path("/print")).param("q", "press").with(user(this.lead)))
			.andExpect(content().string(containsString("Press asked twice")))
			.andExpect(content().string(not(containsString("The franchise owner called back"))))
			.andExpect(content().string(containsString("Filtered by:")));
		this.mvc.perform(get(path("/timeline")).param("q", "press").with(user(this.lead)))
			.andExpect(redirectedUrl(path("?q=press#timeline")));
		assertThat(pdfText(path("/timeline.pdf?q=franchise"))).contains("The franchise owner called back")
			.contains("Filter: \"franchise\"")
			.doesNotContain("Press asked twice");
	}

	@Test
	void theFaviconIsServed() throws Exception {
		this.mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
		this.mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
	}

	@Test
	void withoutJavaScriptAddingAnEntryRedirectsToTheIncident() throws Exception {
		this.mvc
			.perform(post(path("/timeline")).with(user(this.lead))
				.with(csrf())
				.param("type", "NOTE")
				.param("occurredAt", "2026-01-05T10:30")
				.param("body", "Plain form post"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(path("#timeline")))
			.andExpect(flash().attribute("message", "incident.entry.added"));
		assertThat(this.timeline.timeline(this.incident, TimelineFilter.NONE)).extracting(TimelineEntry::getBody)
			.contains("Plain form post");
	}

	@Test
	void aBadEntryShowsItsErrorsBesideTheFieldsAndKeepsTheInput() throws Exception {
		String html = this.mvc
			.perform(post(path("/timeline")).with(user(this.lead))
				.with(csrf())
				.header("HX-Request", "true")
				.param("type", "RESPONSE_PUBLISHED")
				.param("occurredAt", "2026-01-05T10:30")
				.param("link", "not a link")
				.param("channel", "ClipStream")
				.param("body", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("entry", "body", "link"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Please fill this in.", "value=\"ClipStream\"", "value=\"not a link\"");
	}

	@Test
	void filteringWithHtmxAnswersTheMatchingEntriesOnly() throws Exception {
		this.timeline.add(this.incident.getId(), IncidentFixtures.entry(TimelineEntryType.NOTE, "Only a note"),
				this.lead);
		String html = this.mvc
			.perform(get(path("/timeline")).with(user(this.lead)).header("HX-Request", "true").param("type", "NOTE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).startsWith("<div id=\"timeline-entries\"").contains("Only a note").doesNotContain("Status:");
		this.mvc.perform(get(path("/timeline")).with(user(this.lead)).param("type", "NOTE"))
			.andExpect(redirectedUrl(path("?type=NOTE#timeline")));
	}

	@Test
	void aStatusChangeFromAStalePageShowsTheConflictMessage() throws Exception {
		long seen = this.incident.getVersion();
		this.mvc
			.perform(post(path("/status")).with(user(this.lead))
				.with(csrf())
				.param("status", "RESPONDING")
				.param("version", String.valueOf(seen)))
			.andExpect(flash().attribute("message", "incident.status.changed"));
		this.mvc
			.perform(post(path("/status")).with(user(this.lead))
				.with(csrf())
				.param("status", "RESOLVED")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isOk())
			.andExpect(view().name("incidents/show"))
			.andExpect(model().attributeErrorCount("statusForm", 1))
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(this.incidents.get(this.incident.getId(), this.lead).getStatus())
			.isEqualTo(IncidentStatus.RESPONDING);
	}

	@Test
	void anInvalidTransitionIsRefusedWithAClearMessage() throws Exception {
		this.mvc
			.perform(post(path("/status")).with(user(this.lead))
				.with(csrf())
				.param("status", "REPORTED")
				.param("version", String.valueOf(this.incident.getVersion())))
			.andExpect(status().isOk())
			.andExpect(view().name("incidents/show"))
			.andExpect(model().attributeHasErrors("statusForm"))
			.andExpect(content().string(containsString("This move is not allowed from the incident")));
	}

	@Test
	void thePdfContainsEveryTimelineEntry() throws Exception {
		for (String body : List.of("Claim file pulled", "Apology video published", "Musician thanked us")) {
			this.timeline.add(this.incident.getId(), IncidentFixtures.entry(TimelineEntryType.NOTE, body), this.lead);
		}
		MvcResult result = this.mvc.perform(get(path("/timeline.pdf")).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn();
		PdfReader reader = new PdfReader(result.getResponse().getContentAsByteArray());
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		reader.close();
		String all = text.toString().replaceAll("\\s+", " ");
		List<TimelineEntry> entries = this.timeline.timeline(this.incident, TimelineFilter.NONE);
		assertThat(entries).hasSize(5);
		assertThat(all).contains(this.incident.getTitle(), "Status: Reported -> In triage", "Claim file pulled",
				"Apology video published", "Musician thanked us");
		for (TimelineEntry entry : entries) {
			assertThat(all).contains(entry.getActorName());
		}
	}

	private String pdfText(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(this.lead))).andExpect(status().isOk()).andReturn();
		PdfReader reader = new PdfReader(result.getResponse().getContentAsByteArray());
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		reader.close();
		return text.toString().replaceAll("\\s+", " ");
	}

	@Test
	void aCorrectedEntryIsMarkedOnThePagePrintViewAndPdf() throws Exception {
		TimelineEntry wrong = this.timeline.add(this.incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.EXTERNAL_DEVELOPMENT, "Forty thousand views"), this.lead);
		TimelineEntryForm correction = IncidentFixtures.entry(TimelineEntryType.CORRECTION, "Four thousand views");
		correction.setCorrectsEntryId(wrong.getId());
		TimelineEntry fix = this.timeline.add(this.incident.getId(), correction, this.lead);

		String pdf = pdfText(path("/timeline.pdf"));
		assertThat(pdf).contains("[Corrected by #" + fix.getId() + "] Forty thousand views");
		assertThat(pdf).contains("Corrects entry #" + wrong.getId());
		assertThat(pdf).contains("Page 1", "Printed at", "by " + this.lead.displayName(), "times in Europe/Berlin");
		this.mvc.perform(get(path("")).with(user(this.lead)))
			.andExpect(content().string(containsString("corrected by #" + fix.getId())));
		this.mvc.perform(get(path("/print")).with(user(this.lead)))
			.andExpect(content().string(containsString("corrected by #" + fix.getId())));
	}

	@Test
	void thePdfHonoursTheTimelineFilter() throws Exception {
		this.timeline.add(this.incident.getId(), IncidentFixtures.entry(TimelineEntryType.NOTE, "Only a note"),
				this.lead);
		String pdf = pdfText(path("/timeline.pdf?type=NOTE"));
		assertThat(pdf).contains("Only a note", "Filter: Note").doesNotContain("Reported -> In triage");
	}

	@Autowired
	private jakarta.persistence.EntityManagerFactory entityManagerFactory;

	private long statements(String url) throws Exception {
		org.hibernate.stat.Statistics statistics = this.entityManagerFactory.unwrap(org.hibernate.SessionFactory.class)
			.getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		this.mvc.perform(get(url).with(user(this.lead))).andExpect(status().isOk());
		long count = statistics.getPrepareStatementCount();
		statistics.setStatisticsEnabled(false);
		return count;
	}

	@Test
	void pagesIssueABoundedNumberOfStatementsWhateverTheTimelineLength() throws Exception {
		TimelineEntryForm engagement = IncidentFixtures.entry(TimelineEntryType.ENGAGEMENT, "Engaged");
		engagement.setGroup("pPRESS");
		this.timeline.add(this.incident.getId(), engagement, this.lead);
		long show = statements(path(""));
		long print = statements(path("/print"));
		long list = statements("/incidents?status=all&size=5");
		for (int i = 0; i < 12; i++) {
			TimelineEntryForm more = IncidentFixtures.entry(TimelineEntryType.ENGAGEMENT, "More " + i);
			more.setGroup((i % 2 == 0) ? "pCOMMUNITY" : "d" + this.lead.departmentId());
			this.timeline.add(this.incident.getId(), more, this.lead);
			this.incidents.report(IncidentFixtures.report("Bulk " + i), this.lead);
		}
		assertThat(statements(path(""))).isEqualTo(show).isLessThanOrEqualTo(12);
		assertThat(statements(path("/print"))).isEqualTo(print).isLessThanOrEqualTo(10);
		assertThat(statements("/incidents?status=all&size=20")).isEqualTo(list).isLessThanOrEqualTo(6);
		System.out.println("SQL statements: show=" + show + ", print=" + print + ", list=" + list);
	}

	@Test
	void thePrintViewShowsTheWholeTimeline() throws Exception {
		this.timeline.add(this.incident.getId(), IncidentFixtures.entry(TimelineEntryType.NOTE, "Printed note"),
				this.lead);
		this.mvc.perform(get(path("/print")).with(user(this.lead)))
			.andExpect(view().name("incidents/print"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Printed note")));
	}

	@Test
	void aBadReportKeepsTheInputAndShowsTheErrors() throws Exception {
		this.mvc
			.perform(post("/incidents/new").with(user(this.lead))
				.with(csrf())
				.param("title", "Half a report")
				.param("link", "ftp://nope")
				.param("detectedAt", "yesterday"))
			.andExpect(status().isOk())
			.andExpect(view().name("incidents/form"))
			.andExpect(model().attributeHasFieldErrors("form", "summary", "link", "detectedAt", "kind"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Half a report\"")));
	}

	@Test
	void otherToolsOpenAndReadIncidentsThroughTheApi() throws Exception {
		String email = org.smrdesk.TestData.user(this.jdbc, Role.STAFF, "Web Support");
		String location = this.mvc.perform(post("/api/v1/incidents")
			.with(httpBasic(email, org.smrdesk.TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title": "Escalated mention", "summary": "A forum thread is growing",
							 "serviceName": "Forum", "link": "https://forum.example/t/1", "kind": "CRITICISM", "severity": 2}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.crisis").value(true))
			.andExpect(jsonPath("$.status").value("REPORTED"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).with(httpBasic(email, org.smrdesk.TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incident.title").value("Escalated mention"))
			.andExpect(jsonPath("$.timeline").isArray());
		this.mvc.perform(get("/api/v1/incidents?status=all").with(httpBasic(email, org.smrdesk.TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.title == 'Escalated mention')]").exists())
			.andExpect(jsonPath("$.page.totalElements").isNumber());
		this.mvc
			.perform(post("/api/v1/incidents").with(httpBasic(email, org.smrdesk.TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"\", \"kind\": \"CRITICISM\", \"severity\": 7}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").isArray());
	}

}
