package org.smrdesk.incident;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.TestData;
import org.smrdesk.apitoken.TokenScope;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Post-incident reviews and follow-ups through the API with tokens, under the review
 * page's rules: the lead writes, managers comment and sign off (412 on a stale
 * {@code If-Match}), staff read nothing of the review; a follow-up is read by its owner
 * and closed by its owner or the lead.
 */
@IntegrationTest
class IncidentReviewApiTests {

	@Autowired
	private ApiTestClient api;

	private MockMvc mvc;

	private JdbcTemplate jdbc;

	private String unique;

	private String department;

	private RequestPostProcessor staff;

	private long staffId;

	private RequestPostProcessor otherStaff;

	private RequestPostProcessor manager;

	private RequestPostProcessor lead;

	private long incident;

	@BeforeEach
	void data() {
		this.mvc = this.api.mvc();
		this.jdbc = this.api.jdbc();
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.department = "Api Reviews " + this.unique;
		String staffEmail = TestData.user(this.jdbc, Role.STAFF, this.department);
		this.staffId = TestData.userId(this.jdbc, staffEmail);
		this.staff = bearer(staffEmail);
		this.otherStaff = bearer(TestData.user(this.jdbc, Role.STAFF, this.department));
		this.manager = bearer(TestData.user(this.jdbc, Role.MANAGER, "Api Reviews Managers"));
		String leadEmail = TestData.user(this.jdbc, Role.LEAD, "Api Reviews Leads");
		this.lead = bearer(leadEmail);
		this.incident = this.jdbc.queryForObject("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				                       status, created_at, created_by, updated_at, updated_by)
				values (?, 'Resolved for the review API', now() - interval '3 hours', ?, 'COMPLAINT', 2, 2, 'RESOLVED',
				        now(), 'test', now(), 'test') returning id""", Long.class, "Api review " + this.unique,
				TestData.userId(this.jdbc, leadEmail));
		this.jdbc.update("insert into incident_departments (incident_id, department_id) values (?, ?)", this.incident,
				TestData.department(this.jdbc, this.department));
	}

	@Test
	void theLeadWritesAManagerCommentsAndSignsOffUnderIfMatch() throws Exception {
		String review = "/api/v1/incidents/" + this.incident + "/review";
		String text = """
				{"whatHappened": "Outage %s", "wentWell": "Fast statement", "toChange": "Status page link"}"""
			.formatted(this.unique);
		this.mvc.perform(get(review).with(this.lead)).andExpect(status().isNotFound());
		this.mvc
			.perform(put(review).header("If-Match", "*")
				.with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(text))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put(review).header("If-Match", "*")
				.with(this.manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content(text))
			.andExpect(status().isForbidden());
		String written = this.mvc
			.perform(put(review).header("If-Match", "*")
				.with(this.lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(text))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.whatHappened").value("Outage " + this.unique))
			.andExpect(jsonPath("$.signedOff").value(false))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc.perform(get(review).with(this.staff)).andExpect(status().isForbidden());
		this.mvc.perform(get(review).with(this.manager))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", written));
		this.mvc
			.perform(put(review).with(this.lead)
				.header("If-Match", "\"99\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(text))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(post(review + "/comments").with(this.manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"Agreed " + this.unique + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.body").value("Agreed " + this.unique));
		this.mvc
			.perform(post(review + "/comments").with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"Me too\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(review + "/comments").with(this.manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		this.mvc.perform(post(review + "/sign-off").header("If-Match", "*").with(this.lead))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(review + "/sign-off").with(this.manager).header("If-Match", "\"99\""))
			.andExpect(status().isPreconditionFailed());
		String current = this.mvc.perform(get(review).with(this.manager))
			.andExpect(jsonPath("$.comments[0].body").value("Agreed " + this.unique))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc.perform(post(review + "/sign-off").with(this.manager).header("If-Match", current))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedOff").value(true))
			.andExpect(header().exists("ETag"));
		assertThat(this.jdbc.queryForObject("select status from incidents where id = ?", String.class, this.incident))
			.isEqualTo("REVIEWED");
		this.mvc
			.perform(put(review).header("If-Match", "*")
				.with(this.lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(text))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("incident.review.signedOff"));
	}

	@Test
	void aFollowUpIsReadByItsOwnerAndClosedByItsOwnerOrTheLead() throws Exception {
		String review = "/api/v1/incidents/" + this.incident + "/review";
		this.mvc.perform(
				put(review).header("If-Match", "*").with(this.lead).contentType(MediaType.APPLICATION_JSON).content("""
						{"whatHappened": "Outage", "wentWell": "Fast", "toChange": "Link"}"""))
			.andExpect(status().isOk());
		String followUp = """
				{"type": "ACTION", "description": "Macros %s", "ownerId": %d, "dueOn": "2999-01-31"}"""
			.formatted(this.unique, this.staffId);
		this.mvc.perform(
				post(review + "/follow-ups").with(this.staff).contentType(MediaType.APPLICATION_JSON).content(followUp))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(review + "/follow-ups").with(this.manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content(followUp.replace("2999-01-31", "2001-01-31")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		String location = this.mvc
			.perform(post(review + "/follow-ups").with(this.manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content(followUp))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.incidentId").value(this.incident))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get("/api/v1/follow-ups").with(this.staff))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Total-Count"))
			.andExpect(jsonPath("$.content[*].description", hasItem("Macros " + this.unique)));
		this.mvc.perform(get("/api/v1/follow-ups").with(this.otherStaff))
			.andExpect(jsonPath("$.content[*].description", not(hasItem("Macros " + this.unique))));
		this.mvc.perform(get("/api/v1/follow-ups?overdue=true").with(this.staff)).andExpect(status().isForbidden());
		this.mvc.perform(get(location).with(this.otherStaff)).andExpect(status().isForbidden());
		String etag = this.mvc.perform(get(location).with(this.staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(post(location + "/close").header("If-Match", "*")
				.with(this.manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\": \"DONE\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(location + "/close").header("If-Match", "*")
				.with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\": \"DROPPED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.mvc
			.perform(post(location + "/close").with(this.staff)
				.header("If-Match", "\"99\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\": \"DONE\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(post(location + "/close").with(this.staff)
				.header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\": \"DONE\", \"note\": \"Updated\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.closedById").value(this.staffId))
			.andExpect(header().exists("ETag"));
		this.mvc
			.perform(post(location + "/close").header("If-Match", "*")
				.with(this.lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\": \"DONE\"}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aReviewAndTheFollowUpsReadInTheSameFewStatementsWhateverTheirSize() throws Exception {
		String review = "/api/v1/incidents/" + this.incident + "/review";
		this.mvc.perform(
				put(review).header("If-Match", "*").with(this.lead).contentType(MediaType.APPLICATION_JSON).content("""
						{"whatHappened": "Outage", "wentWell": "Fast", "toChange": "Link"}"""))
			.andExpect(status().isOk());
		addCommentAndFollowUp(review, this.manager);
		this.mvc.perform(get(review).with(this.manager)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/follow-ups").with(this.staff)).andExpect(status().isOk());
		long smallReview = SqlStatementCounter
			.count(() -> this.mvc.perform(get(review).with(this.manager)).andExpect(status().isOk()));
		long smallList = SqlStatementCounter
			.count(() -> this.mvc.perform(get("/api/v1/follow-ups").with(this.staff)).andExpect(status().isOk()));
		for (int i = 0; i < 4; i++) {
			addCommentAndFollowUp(review, bearer(TestData.user(this.jdbc, Role.MANAGER, "Api Reviews Managers")));
		}
		long largeReview = SqlStatementCounter.count(() -> this.mvc.perform(get(review).with(this.manager))
			.andExpect(jsonPath("$.comments.length()").value(5))
			.andExpect(jsonPath("$.followUps.length()").value(5)));
		long largeList = SqlStatementCounter.count(() -> this.mvc.perform(get("/api/v1/follow-ups").with(this.staff))
			.andExpect(jsonPath("$.content.length()").value(5)));
		assertThat(largeReview).as("review with 5 comments by 5 managers")
			.isEqualTo(smallReview)
			.isLessThanOrEqualTo(10);
		assertThat(largeList).as("5 follow-ups").isEqualTo(smallList).isLessThanOrEqualTo(10);
	}

	private void addCommentAndFollowUp(String review, RequestPostProcessor manager) throws Exception {
		this.mvc
			.perform(post(review + "/comments").with(manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"Noted\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post(review + "/follow-ups").with(manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"type": "ACTION", "description": "Step", "ownerId": %d, "dueOn": "2999-01-31"}"""
					.formatted(this.staffId)))
			.andExpect(status().isCreated());
	}

	private RequestPostProcessor bearer(String email) {
		return this.api.withToken(email, TokenScope.WRITE).auth();
	}

}
