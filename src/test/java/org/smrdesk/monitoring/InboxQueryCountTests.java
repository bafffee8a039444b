package org.smrdesk.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SignIn;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mentions inbox sends the same number of SQL statements per page whatever the number
 * of mentions, matches, sightings and colleagues: each filter, a sort that is not by
 * time, a later page, the staff view (the department's queries), the CSV export and the
 * JSON API. Every JDBC statement counts ({@link SqlStatementCounter}: Spring Session, the
 * rights check and the page's JdbcTemplate queries alike), as signed in through the form.
 * Each filter answers more than a page at both sizes, so the bounded count runs both
 * times.
 */
@IntegrationTest
class InboxQueryCountTests {

	/** The budget of every other list page (see PageQueryCountTests). */
	private static final long BUDGET = 10;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theInboxSendsAConstantNumberOfStatementsWhateverTheNumberOfMentions() throws Exception {
		String word = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String department = "Inbox count " + word;
		String leadEmail = TestData.user(this.jdbc, Role.LEAD, department);
		String staffEmail = TestData.user(this.jdbc, Role.STAFF, department);
		long assignee = TestData.userId(this.jdbc, staffEmail);
		long source = this.jdbc.queryForObject("""
				insert into monitoring_sources (kind, name, url, next_poll_at, created_at, created_by, updated_at,
				                                updated_by)
				values ('PUSH', ?, 'https://vendor.example/count', now(), now(), 't', now(), 't') returning id""",
				Long.class, "Count " + word);
		// a second source that sees the same stories
		this.jdbc.update("""
				insert into monitoring_sources (kind, name, url, next_poll_at, created_at, created_by, updated_at,
				                                updated_by)
				values ('PUSH', ?, 'https://vendor.example/again', now(), now(), 't', now(), 't')""", "Vendor " + word);
		long query = this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, ?, 'BRAND', now(), 't', now(), 't') returning id""", Long.class, "Count " + word, word);
		this.jdbc.update("insert into monitoring_query_departments (query_id, department_id) values (?, ?)", query,
				TestData.department(this.jdbc, department));
		Cookie lead = SignIn.session(this.mvc, leadEmail);
		Cookie staff = SignIn.session(this.mvc, staffEmail);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("LEAD inbox", "/monitoring/mentions");
		pages.put("LEAD full text", "/monitoring/mentions?q=" + word);
		pages.put("LEAD state", "/monitoring/mentions?state=NEW&q=" + word);
		pages.put("LEAD source", "/monitoring/mentions?source=" + source);
		pages.put("LEAD query", "/monitoring/mentions?query=" + query);
		pages.put("LEAD author", "/monitoring/mentions?author=" + word);
		pages.put("LEAD assignee", "/monitoring/mentions?assignee=" + assignee);
		pages.put("LEAD dates", "/monitoring/mentions?from=2020-01-01&to=2100-01-01&query=" + query);
		pages.put("LEAD by title", "/monitoring/mentions?sort=title,asc&query=" + query);
		pages.put("LEAD page 2", "/monitoring/mentions?page=1&query=" + query);
		pages.put("LEAD csv", "/monitoring/mentions?format=csv&query=" + query);
		pages.put("STAFF inbox", "/monitoring/mentions");
		pages.put("STAFF state", "/monitoring/mentions?state=NEW");

		grow(word, source, query, assignee, 60);
		Map<String, Long> small = statements(pages, lead, staff);
		grow(word, source, query, assignee, 600);
		Map<String, Long> large = statements(pages, lead, staff);

		assertThat(large).as("statements per page after the mentions grew tenfold (before: %s)", small)
			.isEqualTo(small);
		assertThat(large).allSatisfy((page, count) -> assertThat(count).as(page).isBetween(1L, BUDGET));
	}

	private Map<String, Long> statements(Map<String, String> pages, Cookie lead, Cookie staff) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			Cookie viewer = page.getKey().startsWith("STAFF") ? staff : lead;
			// once to warm the caches (known authors, the session), then counted twice:
			// the fewer counts, since a five-minute cache (KnownAuthors) that expires
			// between the warm-up and the count adds its reload to one request (on a
			// loaded machine this test runs for minutes)
			this.mvc.perform(get(page.getValue()).cookie(viewer)).andExpect(status().isOk());
			long first = SqlStatementCounter
				.count(() -> this.mvc.perform(get(page.getValue()).cookie(viewer)).andExpect(status().isOk()));
			long second = SqlStatementCounter
				.count(() -> this.mvc.perform(get(page.getValue()).cookie(viewer)).andExpect(status().isOk()));
			counts.put(page.getKey(), Math.min(first, second));
		}
		return counts;
	}

	/**
	 * More of everything the inbox reads: mentions of the word (new, by an author named
	 * after it, assigned, matched by the query, seen by the source and by a second
	 * source), and more colleagues for the assignee list.
	 */
	private void grow(String word, long source, long query, long assignee, int count) {
		String batch = UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				insert into mentions (dedup_key, title, body, author, fetched_at, published_at, source_id,
				                      assignee_id)
				select 'count:' || ? || ':' || g, ? || ' story ' || g, 'text of ' || ? || ' ' || g,
				       'author ' || ? || ' ' || (g % 7), now() - g * interval '1 minute',
				       now() - g * interval '1 minute', ?, ?
				from generate_series(1, ?) g""", batch, word, word, word, source, assignee, count);
		this.jdbc.update("""
				insert into mention_sightings (mention_id, source_id, seen_at)
				select m.id, s.id, m.fetched_at from mentions m
				cross join (select id from monitoring_sources where name in (?, ?)) s
				where m.dedup_key like ? on conflict do nothing""", "Count " + word, "Vendor " + word,
				"count:" + batch + ":%");
		this.jdbc.update("""
				insert into mention_matches (mention_id, query_id)
				select id, ? from mentions where dedup_key like ? on conflict do nothing""", query,
				"count:" + batch + ":%");
		this.jdbc.update("""
				insert into users (email, display_name, department_id, role, active, password_hash,
				                   created_at, created_by, updated_at, updated_by)
				select 'count-' || ? || '-' || g || '@test.example', 'Count user ' || g,
				       (select department_id from users where id = ?), 'STAFF', true, 'x', now(), 'test', now(), 'test'
				from generate_series(1, ?) as g""", batch, assignee, count / 10);
	}

}
