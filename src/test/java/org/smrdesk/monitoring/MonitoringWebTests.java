package org.smrdesk.monitoring;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Monitoring through the web and the API: query syntax errors beside the field, "test
 * this query", pushes with dedup and problem details, triage and its conflicts, staff
 * scoping, escalation into an incident (timeline and incident page), a contact's
 * mentions, and the CSV export.
 */
@IntegrationTest
class MonitoringWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private KnownAuthors knownAuthors;

	private UserDetails lead;

	private UserDetails staff;

	private UserDetails manager;

	private long pushSource;

	private String word;

	@BeforeEach
	void setUp() {
		String department = "Monitoring " + UUID.randomUUID().toString().substring(0, 8);
		this.lead = this.users.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, department));
		this.staff = this.users.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, department));
		this.manager = this.users.loadUserByUsername(TestData.user(this.jdbc, Role.MANAGER, "Executive"));
		this.word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.pushSource = TestData.monitoringSource("Push " + this.word).insert(this.jdbc);
		long query = this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, ?, 'BRAND', now(), 'test', now(), 'test') returning id""", Long.class, "Query " + this.word,
				this.word);
		this.jdbc.update("""
				insert into monitoring_query_departments (query_id, department_id)
				select ?, id from departments where name = ?""", query, department);
	}

	@Test
	void aQuerySyntaxErrorIsShownBesideTheFieldWithItsPositionAndTheInputKept() throws Exception {
		this.mvc
			.perform(post("/monitoring/queries/new").with(user(this.lead))
				.with(csrf())
				.param("name", "Broken " + this.word)
				.param("query", "kestrel AND")
				.param("kind", "BRAND"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "query", "monitoring.query.syntax.at"))
			.andExpect(content().string(containsString("position 12")))
			.andExpect(content().string(containsString("kestrel AND")));
		assertThat(this.jdbc.queryForObject("select count(*) from monitoring_queries where name = ?", Integer.class,
				"Broken " + this.word))
			.isZero();
	}

	@Test
	void testThisQueryShowsWhichLatestMentionsItMatchesWithoutSaving() throws Exception {
		push("{\"sourceId\":%d,\"title\":\"%s outage in the north\",\"text\":\"Hubs offline\"}"
			.formatted(this.pushSource, this.word));
		push("{\"sourceId\":%d,\"title\":\"%s praise\",\"text\":\"All good\"}".formatted(this.pushSource, this.word));
		MvcResult result = this.mvc
			.perform(post("/monitoring/queries/new").with(user(this.lead))
				.with(csrf())
				.param("name", "Tested " + this.word)
				.param("query", this.word + " AND outage")
				.param("kind", "CRISIS")
				.param("test", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.word + " outage in the north")))
			.andExpect(content().string(not(containsString(this.word + " praise"))))
			.andReturn();
		QueryTester.TestResult test = (QueryTester.TestResult) result.getModelAndView().getModel().get("testResult");
		assertThat(test.matches()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from monitoring_queries where name = ?", Integer.class,
				"Tested " + this.word))
			.isZero();
	}

	@Test
	void aPushedMentionIsStoredOnceMatchedAndCounted() throws Exception {
		String body = "{\"sourceId\":%d,\"url\":\"https://news.example.com/%s?utm_source=vendor\",\"title\":\"About %s\",\"text\":\"<p>Hello <b>there</b></p>\",\"author\":\"Someone\"}"
			.formatted(this.pushSource, this.word, this.word);
		MvcResult first = push(body);
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		String again = "{\"sourceId\":%d,\"url\":\"https://news.example.com/%s\",\"title\":\"About %s\",\"text\":\"Hello there\"}"
			.formatted(this.pushSource, this.word, this.word);
		MvcResult second = push(again);
		assertThat(second.getResponse().getStatus()).isEqualTo(200);
		assertThat(second.getResponse().getContentAsString()).contains("\"created\":false");
		long id = this.jdbc.queryForObject("select id from mentions where title = ?", Long.class, "About " + this.word);
		assertThat(this.jdbc.queryForObject("select body from mentions where id = ?", String.class, id))
			.isEqualTo("Hello there");
		assertThat(this.jdbc.queryForObject("select count(*) from mention_matches where mention_id = ?", Integer.class,
				id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select sum(c.mentions) from mention_daily_counts c join monitoring_queries q on q.id = c.query_id
				where q.name = ? and c.source_id = 0""", Integer.class, "Query " + this.word)).isEqualTo(1);
	}

	@Test
	void badPushesGetProblemDetailsAndStoreNothing() throws Exception {
		this.mvc
			.perform(post("/api/v1/mentions").with(user(this.lead))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sourceId\":%d,\"title\":\"no text\"}".formatted(this.pushSource)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String huge = "x".repeat(1_000_000);
		this.mvc
			.perform(post("/api/v1/mentions").with(user(this.lead))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sourceId\":%d,\"text\":\"%s\"}".formatted(this.pushSource, huge)))
			.andExpect(status().isBadRequest());
		long feed = TestData.monitoringSource("Feed " + this.word)
			.with("kind", "FEED")
			.with("url", "https://feeds.example/x")
			.sql("next_poll_at", "now() + interval '1 day'")
			.insert(this.jdbc);
		this.mvc
			.perform(post("/api/v1/mentions").with(user(this.lead))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sourceId\":%d,\"text\":\"hello\"}".formatted(feed)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sourceId"));
		this.mvc
			.perform(post("/api/v1/mentions").with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sourceId\":%d,\"text\":\"hello\"}".formatted(this.pushSource)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from mention_sightings where source_id in (?, ?)",
				Integer.class, this.pushSource, feed))
			.isZero();
	}

	@Test
	void theApiListsTheSourcesAPageAtATime() throws Exception {
		this.mvc.perform(get("/api/v1/monitoring/sources").param("size", "1").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("X-Total-Count"));
		this.mvc.perform(get("/api/v1/monitoring/sources").param("sort", "url").with(user(this.manager)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anInvalidQueryThroughTheApiIsAProblemDetailWithItsPosition() throws Exception {
		this.mvc
			.perform(post("/api/v1/monitoring/queries").with(user(this.lead))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Api %s\",\"query\":\"(kestrel OR falcon\",\"kind\":\"BRAND\"}"
					.formatted(this.word)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("query"))
			.andExpect(jsonPath("$.position").value(19));
		this.mvc
			.perform(post("/api/v1/monitoring/queries").with(user(this.manager))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Api %s\",\"query\":\"kestrel\",\"kind\":\"BRAND\"}".formatted(this.word)))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffTriageTheMentionsOfTheirDepartmentsQueriesAndAStaleVersionIsRefused() throws Exception {
		long mine = id(
				push("{\"sourceId\":%d,\"title\":\"%s mine\",\"text\":\"t\"}".formatted(this.pushSource, this.word)));
		long other = id(push("{\"sourceId\":%d,\"title\":\"unrelated %s\",\"text\":\"t\"}".formatted(this.pushSource,
				UUID.randomUUID())));
		this.mvc.perform(get("/monitoring/mentions/" + other).with(user(this.staff))).andExpect(status().isForbidden());
		this.mvc.perform(get("/monitoring/mentions").param("q", this.word).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.word + " mine")));
		this.mvc
			.perform(patch("/api/v1/mentions/" + mine).with(user(this.staff))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"REVIEWED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REVIEWED"));
		this.mvc
			.perform(patch("/api/v1/mentions/" + mine).with(user(this.staff))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"IGNORED\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(patch("/api/v1/mentions/" + mine).header("If-Match", "*")
				.with(user(this.manager))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"IGNORED\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/monitoring/mentions/bulk").with(user(this.staff))
				.with(csrf())
				.param("ids", Long.toString(mine), Long.toString(other))
				.param("state", "IGNORED"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select state from mentions where id = ?", String.class, mine))
			.isEqualTo("IGNORED");
		assertThat(this.jdbc.queryForObject("select state from mentions where id = ?", String.class, other))
			.isEqualTo("NEW");
	}

	@Test
	void theEscalationFormShowsDetectedAtInTheSignedInUsersZone() throws Exception {
		this.jdbc.update("update users set time_zone = 'America/New_York' where id = ?",
				((org.smrdesk.core.CurrentUser) this.lead).id());
		long mention = id(push(
				"{\"sourceId\":%d,\"url\":\"https://forum.example.com/z/%s\",\"title\":\"%s in New York\",\"text\":\"Seen in New York\",\"publishedAt\":\"2026-07-01T10:15:00Z\"}"
					.formatted(this.pushSource, this.word, this.word)));
		// 10:15 UTC is 06:15 in New York (EDT), not the clock's 10:15 nor Berlin's 12:15
		this.mvc.perform(get("/monitoring/mentions/" + mention + "/escalate").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("detectedAt",
					org.hamcrest.Matchers.is(java.time.LocalDateTime.parse("2026-07-01T06:15")))));
	}

	@Test
	void escalatingAMentionOpensAnIncidentWithALinkedMentionEntryAndTheIncidentListsIt() throws Exception {
		long mention = id(push(
				"{\"sourceId\":%d,\"url\":\"https://forum.example.com/t/%s\",\"title\":\"%s hubs on fire\",\"text\":\"Smoke from a hub\",\"author\":\"angry_user\",\"publishedAt\":\"2026-11-01T10:15:00Z\"}"
					.formatted(this.pushSource, this.word, this.word)));
		this.mvc.perform(get("/monitoring/mentions/" + mention + "/escalate").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form",
					org.hamcrest.Matchers.hasProperty("title", org.hamcrest.Matchers.is(this.word + " hubs on fire"))))
			.andExpect(model().attribute("form",
					org.hamcrest.Matchers.hasProperty("serviceName", org.hamcrest.Matchers.is("forum.example.com"))));
		MvcResult result = this.mvc
			.perform(post("/monitoring/mentions/" + mention + "/escalate").with(user(this.lead))
				.with(csrf())
				.param("title", this.word + " hubs on fire")
				.param("summary", "Smoke from a hub")
				.param("serviceName", "forum.example.com")
				.param("link", "https://forum.example.com/t/" + this.word)
				.param("detectedAt", "2026-11-01T10:15")
				.param("kind", "PRODUCT_PROBLEM")
				.param("severity", "MAJOR"))
			.andExpect(redirectedUrlPattern("/incidents/*"))
			.andReturn();
		long incident = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/incidents/".length()));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from incident_timeline_entries where incident_id = ? and type = 'LINKED_MENTION'
				and link = ?""", Integer.class, incident, "https://forum.example.com/t/" + this.word)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select state || ':' || incident_id from mentions where id = ?",
				String.class, mention))
			.isEqualTo("ESCALATED:" + incident);
		this.mvc.perform(get("/incidents/" + incident).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/monitoring/mentions/" + mention)));
		// a second mention is added to the open incident
		long more = id(push("{\"sourceId\":%d,\"title\":\"%s again\",\"text\":\"More smoke\"}"
			.formatted(this.pushSource, this.word)));
		this.mvc
			.perform(post("/monitoring/mentions/" + more + "/incident").with(user(this.lead))
				.with(csrf())
				.param("incidentId", Long.toString(incident)))
			.andExpect(redirectedUrlPattern("/incidents/*"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from incident_timeline_entries where incident_id = ? and type = 'LINKED_MENTION'",
				Integer.class, incident))
			.isEqualTo(2);
	}

	@Test
	void aKnownContactIsShownOnTheMentionAndTheContactPageListsTheirMentions() throws Exception {
		long contact = TestData.contact("Critic " + this.word)
			.with("handles", "@" + this.word + "_h")
			.with("links", "https://" + this.word + ".example.org")
			.with("state", "CRITIC")
			.insert(this.jdbc);
		this.knownAuthors.forget();
		long byHandle = id(push("{\"sourceId\":%d,\"title\":\"%s by handle\",\"text\":\"t\",\"author\":\"@%s_h\"}"
			.formatted(this.pushSource, this.word, this.word)));
		long byBlog = id(push(
				"{\"sourceId\":%d,\"url\":\"https://%s.example.org/post-1\",\"title\":\"%s on the blog\",\"text\":\"t\"}"
					.formatted(this.pushSource, this.word, this.word)));
		this.mvc.perform(get("/monitoring/mentions/" + byHandle).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Critic " + this.word)))
			.andExpect(content().string(containsString("Critic)")));
		this.mvc.perform(get("/contacts/" + contact).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/monitoring/mentions/" + byHandle)))
			.andExpect(content().string(containsString("/monitoring/mentions/" + byBlog)));
	}

	@Test
	void theInboxFiltersSortsAndExportsAsCsv() throws Exception {
		push("{\"sourceId\":%d,\"title\":\"%s alpha\",\"text\":\"=cmd|' /C calc'!A0\",\"author\":\"Zed\"}"
			.formatted(this.pushSource, this.word));
		push("{\"sourceId\":%d,\"title\":\"%s beta\",\"text\":\"second\",\"author\":\"Amy\"}".formatted(this.pushSource,
				this.word));
		this.mvc
			.perform(get("/monitoring/mentions").param("q", this.word)
				.param("author", "amy")
				.param("sort", "author,asc")
				.with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.word + " beta")))
			.andExpect(content().string(not(containsString(this.word + " alpha"))));
		this.mvc.perform(get("/monitoring/mentions").param("sort", "body;drop table").with(user(this.lead)))
			.andExpect(status().isBadRequest());
		MvcResult started = this.mvc
			.perform(get("/monitoring/mentions").param("format", "csv").param("q", this.word).with(user(this.lead)))
			.andExpect(request().asyncStarted())
			.andReturn();
		String csv = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("id,state,published_at").contains(this.word + " alpha").contains("'=cmd");
		assertThat(csv.lines().count()).isEqualTo(3);
	}

	private MvcResult push(String json) throws Exception {
		return this.mvc.perform(
				post("/api/v1/mentions").with(user(this.lead)).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn();
	}

	private static long id(MvcResult result) throws Exception {
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(body).isIn(200, 201);
		return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

}
