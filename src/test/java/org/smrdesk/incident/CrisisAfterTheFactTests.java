package org.smrdesk.incident;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A crisis of April 2009 logged after the fact through the JSON API: twelve entries over
 * five days, status changes back-dated. The milestones must be exactly the ones computed
 * by hand below, and each must name the entry that set it.
 *
 * <pre>
 * detected                     2009-04-13 14:00 UTC
 * triage        (status)       2009-04-13 15:30  ->  1 h 30 min   PT1H30M
 * first response (public engagement) 2009-04-14 02:15 -> 12 h 15 min PT12H15M
 * resolved      (status)       2009-04-17 17:45  ->  4 d 3 h 45 min = 99 h 45 min  PT99H45M
 * </pre>
 */
@IntegrationTest
class CrisisAfterTheFactTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private String lead;

	private long department;

	private String title;

	private String id;

	@BeforeEach
	void reportTheCrisisOnMondayAboutLastWeek() throws Exception {
		this.lead = TestData.user(this.jdbc, Role.LEAD, "Crisis Communications");
		this.department = TestData.department(this.jdbc, "Crisis Customer Care");
		this.title = "Pizza video " + UUID.randomUUID().toString().substring(0, 8);
		String location = this.mvc
			.perform(post("/api/v1/incidents").with(httpBasic(this.lead, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "%s", "summary": "Two employees posted a prank video from a kitchen.",
						 "serviceName": "ClipStream", "detectedAt": "2009-04-13T14:00:00Z",
						 "kind": "EMPLOYEE_POST", "severity": 1}""".formatted(this.title)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.id = location.substring(location.lastIndexOf('/') + 1);
	}

	private ResultActions entry(String type, String occurredAt, String text, String extra) throws Exception {
		return this.mvc
			.perform(post("/api/v1/incidents/" + this.id + "/timeline").with(httpBasic(this.lead, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"type": "%s", "occurredAt": "%s", "text": "%s"%s}""".formatted(type, occurredAt, text,
						(extra != null) ? ", " + extra : "")));
	}

	private ResultActions move(String status, String occurredAt) throws Exception {
		return this.mvc.perform(post("/api/v1/incidents/" + this.id + "/status").header("If-Match", "*")
			.with(httpBasic(this.lead, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"status": "%s", "occurredAt": "%s"}""".formatted(status, occurredAt)));
	}

	private static long idOf(ResultActions created) throws Exception {
		return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void aCrisisLoggedAfterTheFactGetsTheMilestonesComputedByHand() throws Exception {
		String group = "\"group\": \"d" + this.department + "\"";
		entry("EXTERNAL_DEVELOPMENT", "2009-04-12T21:10:00Z", "The video is posted; it spreads overnight", null)
			.andExpect(status().isCreated());
		move("TRIAGE", "2009-04-13T15:30:00Z").andExpect(status().isOk());
		entry("DECISION", "2009-04-13T16:00:00Z", "Answer where the video spreads, not by press release", null)
			.andExpect(status().isCreated());
		move("RESPONDING", "2009-04-13T18:00:00Z").andExpect(status().isOk());
		entry("ENGAGEMENT", "2009-04-13T19:00:00Z", "Customer care briefs the franchise owner", group)
			.andExpect(status().isCreated());
		long firstResponse = idOf(entry("ENGAGEMENT", "2009-04-14T02:15:00Z",
				"Customer care answers the people asking on the forum, in public", group + ", \"publicReply\": true")
			.andExpect(status().isCreated()));
		entry("RESPONSE_PUBLISHED", "2009-04-14T20:00:00Z", "Video apology by the chief executive", null)
			.andExpect(status().isCreated());
		long wrong = idOf(
				entry("EXTERNAL_DEVELOPMENT", "2009-04-15T10:00:00Z", "Search results: 5 of the first 12 hits", null)
					.andExpect(status().isCreated()));
		entry("CORRECTION", "2009-04-15T12:00:00Z", "It was 5 of the first 10 hits", "\"correctsEntryId\": " + wrong)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.correctsEntryId").value(wrong));
		move("MONITORING", "2009-04-16T09:00:00Z").andExpect(status().isOk());
		entry("NOTE", "2009-04-16T15:00:00Z", "Mentions back to the usual level", null).andExpect(status().isCreated());
		move("RESOLVED", "2009-04-17T17:45:00Z").andExpect(status().isOk());

		String json = this.mvc
			.perform(get("/api/v1/incidents/" + this.id).with(httpBasic(this.lead, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline.length()").value(12))
			.andExpect(jsonPath("$.milestones.toTriage").value("PT1H30M"))
			.andExpect(jsonPath("$.milestones.toFirstResponse").value("PT12H15M"))
			.andExpect(jsonPath("$.milestones.toResolution").value("PT99H45M"))
			.andExpect(jsonPath("$.milestones.firstResponseEntryId").value(firstResponse))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> triage = JsonPath.read(json, "$.timeline[?(@.toStatus == 'TRIAGE')].id");
		List<Number> resolved = JsonPath.read(json, "$.timeline[?(@.toStatus == 'RESOLVED')].id");
		assertThat(((Number) JsonPath.read(json, "$.milestones.triageEntryId")).longValue())
			.isEqualTo(triage.get(0).longValue());
		assertThat(((Number) JsonPath.read(json, "$.milestones.resolutionEntryId")).longValue())
			.isEqualTo(resolved.get(0).longValue());
		// The status rows sit where they happened in the story, not at the end dated
		// today.
		List<String> order = JsonPath.read(json, "$.timeline[*].occurredAt");
		assertThat(order).isSorted();
		assertThat(order.get(order.size() - 1)).isEqualTo("2009-04-17T17:45:00Z");

		// The list computes the same figures from its aggregate query.
		this.mvc
			.perform(get("/api/v1/incidents").param("q", this.title)
				.param("status", "all")
				.with(httpBasic(this.lead, TestData.PASSWORD)))
			.andExpect(jsonPath("$.content[0].minutesToTriage").value(90))
			.andExpect(jsonPath("$.content[0].minutesToFirstResponse").value(735))
			.andExpect(jsonPath("$.content[0].minutesToResolution").value(5985));
	}

	@Test
	void aStatusChangeCannotBeDatedBeforeDetectionInTheFutureOrBeforeThePreviousChange() throws Exception {
		move("TRIAGE", "2009-04-13T13:59:00Z").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
			.andExpect(jsonPath("$.errors[0].code").value("incident.occurredAt.beforeDetection"));
		move("TRIAGE", "2999-01-01T00:00:00Z").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("time.future"));
		move("TRIAGE", "2009-04-14T08:00:00Z").andExpect(status().isOk());
		move("RESPONDING", "2009-04-14T07:00:00Z").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("incident.occurredAt.beforePreviousStatus"));
		// Nothing was written by the refused changes.
		this.mvc.perform(get("/api/v1/incidents/" + this.id).with(httpBasic(this.lead, TestData.PASSWORD)))
			.andExpect(jsonPath("$.incident.status").value("TRIAGE"))
			.andExpect(jsonPath("$.timeline.length()").value(1))
			.andExpect(jsonPath("$.milestones.toTriage").value("PT18H"));
	}

	@Test
	void withoutATimeAStatusChangeHappensNow() throws Exception {
		move("TRIAGE", null).andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/incidents/" + this.id + "/status").header("If-Match", "*")
				.with(httpBasic(this.lead, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"TRIAGE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incident.status").value("TRIAGE"))
			.andExpect(jsonPath("$.timeline[0].occurredAt")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("2009"))));
	}

	@Test
	void onlyTheLeadChangesTheStatusThroughTheApi() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Crisis Customer Care");
		this.mvc
			.perform(post("/api/v1/incidents/" + this.id + "/status").header("If-Match", "*")
				.with(httpBasic(staff, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"TRIAGE\"}"))
			.andExpect(status().isForbidden());
	}

}
