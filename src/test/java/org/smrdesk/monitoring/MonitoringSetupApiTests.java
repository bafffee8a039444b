package org.smrdesk.monitoring;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTeam;
import org.smrdesk.ApiTestClient;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.fieldError;
import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One monitoring source and one keyword query through the API, with their pages' rules:
 * everyone who sees monitoring set-up (lead, managers) reads one with its {@code ETag} (a
 * source with its health); only the lead changes, enables and disables them, under
 * {@code If-Match}; a query's syntax error names the field and the position.
 */
@IntegrationTest
class MonitoringSetupApiTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private ApiTeam team;

	private String source;

	private String query;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String department = "Api Monitoring " + this.unique;
		this.team = this.api.team(department);
		long sourceId = this.api.jdbc().queryForObject("""
				insert into monitoring_sources (kind, name, url, next_poll_at, last_success_at, last_error,
				                                last_error_at, failing_since, consecutive_failures,
				                                created_at, created_by, updated_at, updated_by)
				values ('FEED', ?, 'http://127.0.0.1:9/feed.xml', now() + interval '3650 days',
				        now() - interval '2 days', 'Connection refused', now(), now() - interval '1 day', 3,
				        now(), 'test', now(), 'test') returning id""", Long.class, "Api feed " + this.unique);
		this.source = "/api/v1/monitoring/sources/" + sourceId;
		long queryId = this.api.jdbc()
			.queryForObject("""
					insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
					values (?, ?, 'BRAND', now(), 'test', now(), 'test') returning id""", Long.class,
					"Api query " + this.unique, "word" + this.unique);
		this.query = "/api/v1/monitoring/queries/" + queryId;
	}

	/**
	 * The failing source goes: the suite shares one database, and the lead's dashboard
	 * lists a bounded number of failing sources (HomeBrowserTests looks for its own).
	 */
	@AfterEach
	void removeTheSource() {
		this.api.jdbc()
			.update("delete from monitoring_sources where id = ?",
					Long.parseLong(this.source.substring(this.source.lastIndexOf('/') + 1)));
	}

	@Test
	void aSourceIsReadWithItsHealthAndChangedByTheLeadUnderIfMatch() throws Exception {
		this.team.manager()
			.get(this.source)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.name").value("Api feed " + this.unique))
			.andExpect(jsonPath("$.lastSuccessAt").exists())
			.andExpect(jsonPath("$.lastError").value("Connection refused"))
			.andExpect(jsonPath("$.failingSince").exists())
			.andExpect(jsonPath("$.consecutiveFailures").value(3));
		this.team.staff().get(this.source).andExpect(problem(403));
		this.team.lead().get("/api/v1/monitoring/sources/999999999").andExpect(problem(404));

		String tag = this.team.lead().etag(this.source);
		String changed = this.team.lead()
			.put(this.source, tag, sourceJson("Api renamed " + this.unique, 30))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Api renamed " + this.unique))
			.andExpect(jsonPath("$.pollIntervalMinutes").value(30))
			.andExpect(jsonPath("$.kind").value("FEED"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(changed).isNotEqualTo(tag);
		this.team.lead().put(this.source, tag, sourceJson("Lost update " + this.unique, 30)).andExpect(stale());
		this.team.manager()
			.put(this.source, changed, sourceJson("Not the lead " + this.unique, 30))
			.andExpect(problem(403));
		this.team.lead()
			.put("/api/v1/monitoring/sources/999999999", "*", sourceJson("Nowhere " + this.unique, 30))
			.andExpect(problem(404));
		assertThat(this.api.jdbc()
			.queryForObject("select name from monitoring_sources where id = ?", String.class,
					Long.parseLong(this.source.substring(this.source.lastIndexOf('/') + 1))))
			.isEqualTo("Api renamed " + this.unique);
	}

	@Test
	void whatASourceAndAQueryAreReadWithIsWhatAChangeSendsBackToKeepThem() throws Exception {
		long sourceId = Long.parseLong(this.source.substring(this.source.lastIndexOf('/') + 1));
		long queryId = Long.parseLong(this.query.substring(this.query.lastIndexOf('/') + 1));
		long owner = this.api.jdbc().queryForObject("select min(id) from users where active", Long.class);
		long department = this.api.jdbc().queryForObject("select min(id) from departments", Long.class);
		this.api.jdbc().update("update monitoring_sources set owner_id = ? where id = ?", owner, sourceId);
		this.api.jdbc()
			.update("insert into monitoring_query_departments (query_id, department_id) values (?, ?)", queryId,
					department);
		this.team.lead()
			.get(this.source)
			.andExpect(jsonPath("$.ownerId").value(owner))
			.andExpect(jsonPath("$.vendorId").doesNotExist());
		this.team.lead()
			.put(this.source, this.team.lead().etag(this.source),
					"""
							{"name": "Api feed %s", "url": "http://127.0.0.1:9/feed.xml", "ownerId": %d, "pollIntervalMinutes": 60}"""
						.formatted(this.unique, owner))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerId").value(owner));
		this.team.lead()
			.get(this.query)
			.andExpect(jsonPath("$.departmentIds[0]").value(department))
			.andExpect(jsonPath("$.autoIncident").value(false));
		this.team.lead()
			.put(this.query, this.team.lead().etag(this.query), """
					{"name": "Api query %s", "query": "word%s", "kind": "BRAND", "active": true, "autoIncident": false,
					 "departmentIds": [%d]}""".formatted(this.unique, this.unique, department))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departmentIds[0]").value(department));
		assertThat(this.api.jdbc()
			.queryForObject("select owner_id from monitoring_sources where id = ?", Long.class, sourceId))
			.isEqualTo(owner);
	}

	@Test
	void aSourceIsRefusedWhatItsEditPageRefuses() throws Exception {
		this.team.lead().put(this.source, "*", """
				{"name": " ", "url": "http://example.com/feed"}""").andExpect(invalid("name"));
		this.team.lead()
			.put(this.source, "*", """
					{"name": "Api %s", "url": "ftp://example.com/feed"}""".formatted(this.unique))
			.andExpect(fieldError("url", "monitoring.source.url.invalid"));
		this.team.lead()
			.put(this.source, "*", sourceJson("Api " + this.unique, 2))
			.andExpect(fieldError("pollIntervalMinutes", "monitoring.source.interval.invalid"));
		this.team.lead()
			.put(this.source, "*", """
					{"name": "Api %s", "url": "http://example.com/feed", "kind": "PUSH"}""".formatted(this.unique))
			.andExpect(problem(400));
		this.api.jdbc()
			.update("""
					insert into monitoring_sources (kind, name, url, next_poll_at, created_at, created_by,
					                                updated_at, updated_by)
					values ('FEED', ?, 'http://example.com/other', now(), now(), 'test', now(), 'test')""",
					"Api taken " + this.unique);
		this.team.lead()
			.put(this.source, "*", sourceJson("api TAKEN " + this.unique, 60))
			.andExpect(fieldError("name", "monitoring.source.name.taken"));
	}

	@Test
	void theLeadDisablesAndEnablesASourceUnderIfMatch() throws Exception {
		String tag = this.team.lead().etag(this.source);
		this.team.manager().post(this.source + "/disable", tag, null).andExpect(problem(403));
		String disabled = this.team.lead()
			.post(this.source + "/disable", tag, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.disabledReason").value("Disabled by hand"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.team.lead().post(this.source + "/enable", tag, null).andExpect(stale());
		this.team.lead()
			.post(this.source + "/enable", disabled, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.disabledReason").doesNotExist());
		this.team.lead().post("/api/v1/monitoring/sources/999999999/enable", "*", null).andExpect(problem(404));
	}

	@Test
	void aQueryIsReadAndChangedAsOnItsEditPage() throws Exception {
		this.team.manager()
			.get(this.query)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.active").value(true));
		this.team.staff().get(this.query).andExpect(problem(403));
		this.team.lead().get("/api/v1/monitoring/queries/999999999").andExpect(problem(404));

		String tag = this.team.lead().etag(this.query);
		this.team.lead()
			.put(this.query, tag, queryJson("(kestrel OR falcon", false))
			.andExpect(problem(422))
			.andExpect(jsonPath("$.field").value("query"))
			.andExpect(jsonPath("$.position").value(19));
		String changed = this.team.lead()
			.put(this.query, tag, queryJson("kestrel OR falcon", false))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("kestrel OR falcon"))
			.andExpect(jsonPath("$.active").value(false))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(changed).isNotEqualTo(tag);
		this.team.lead().put(this.query, tag, queryJson("kestrel", true)).andExpect(stale());
		this.team.manager().put(this.query, changed, queryJson("kestrel", true)).andExpect(problem(403));
		this.team.lead()
			.put(this.query, changed, """
					{"name": "Api %s", "query": "kestrel", "kind": "BRAND"}""".formatted(this.unique))
			.andExpect(invalid("active"));
		this.team.lead()
			.put(this.query, changed, """
					{"name": "Api %s", "query": "kestrel", "kind": "WEATHER", "active": true}""".formatted(this.unique))
			.andExpect(problem(400));
		assertThat(this.api.jdbc()
			.queryForObject("select active from monitoring_queries where id = ?", Boolean.class,
					Long.parseLong(this.query.substring(this.query.lastIndexOf('/') + 1))))
			.isFalse();
	}

	private static String sourceJson(String name, int interval) {
		return """
				{"name": "%s", "url": "https://example.com/feed.xml", "pollIntervalMinutes": %d}""".formatted(name,
				interval);
	}

	private String queryJson(String rule, boolean active) {
		return """
				{"name": "Api query %s", "query": "%s", "kind": "BRAND", "active": %s}""".formatted(this.unique, rule,
				active);
	}

}
