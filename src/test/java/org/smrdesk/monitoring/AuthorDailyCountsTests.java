package org.smrdesk.monitoring;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.contact.ContactService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-author-key daily counts kept at ingest, against a direct count of the mentions
 * whose author the inbox recognises as a contact, and against the recount the migration
 * and the data scripts run. Mentions are published in 1999 (no other test writes there);
 * every test rolls back.
 */
@IntegrationTest
@Transactional
class AuthorDailyCountsTests {

	@Autowired
	private MentionIngest ingest;

	@Autowired
	private ContactService contacts;

	@Autowired
	private JdbcTemplate jdbc;

	@Value("${smr.time-zone}")
	private String zone;

	private final String key = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void theCountsByTrackedContactsKeysEqualADirectCountOfTheMentionsTheirAuthorsWrote() {
		contact("Ann Key" + this.key, "@ann_" + this.key + ", https://social.example/@ann_" + this.key,
				"https://annblog-" + this.key + ".example", null);
		contact("Bob Key" + this.key, "bob_" + this.key, null, null);
		contact("Cat Key" + this.key, "@cat_" + this.key, "https://catblog-" + this.key + ".example", Instant.now());
		List<FetchedItem> items = List.of(item("@Ann_" + this.key, null, null, "1999-03-01T00:00:00Z"),
				item("ann_" + this.key + "@mastodon.example", null, null, "1999-03-02T10:00:00Z"),
				item("Someone", "https://social.example/@ann_" + this.key + "/", null, "1999-03-03T10:00:00Z"),
				item("x", null, "https://www.annblog-" + this.key + ".example/post/1", "1999-03-04T10:00:00Z"),
				item("@ann_" + this.key, null, "https://annblog-" + this.key + ".example/post/2",
						"1999-03-04T11:00:00Z"),
				item("Bob Key" + this.key, null, null, "1999-03-31T23:59:00Z"),
				item("@cat_" + this.key, null, "https://catblog-" + this.key + ".example/p", "1999-03-05T10:00:00Z"),
				item("Stranger", "https://elsewhere.example/u/s", "https://elsewhere.example/p/1",
						"1999-03-06T10:00:00Z"),
				item(null, null, null, "1999-03-07T10:00:00Z"),
				item("@ann_" + this.key, null, null, "1999-04-01T00:00:00Z"));
		long source = source();
		this.ingest.ingest(source, "https://push.example", items, false);
		KnownAuthors authors = new KnownAuthors(this.contacts, Clock.systemUTC());
		AuthorKeys keys = authors.tracked();
		List<Object> args = new ArrayList<>(keys.args());

		long march = byKeys(args, "1999-03-01", "1999-04-01");
		long april = byKeys(args, "1999-04-01", "1999-05-01");

		// days of the company zone (Europe/Berlin in the tests): Bob's 23:59 UTC on 31
		// March and Ann's midnight UTC on 1 April are both 1 April there
		assertThat(this.zone).isEqualTo("Europe/Berlin");
		assertThat(march).isEqualTo(direct(authors, keys, source, "1999-03-01", "1999-04-01")).isEqualTo(5);
		assertThat(april).isEqualTo(direct(authors, keys, source, "1999-04-01", "1999-05-01")).isEqualTo(2);
	}

	/**
	 * The tracked mentions published on the company zone's days from {@code from} to
	 * {@code to}.
	 */
	private long direct(KnownAuthors authors, AuthorKeys keys, long source, String from, String to) {
		return this.jdbc.queryForList("""
				select author, author_url, site from mentions
				where source_id = ? and (published_at at time zone ?)::date >= ?::date
				  and (published_at at time zone ?)::date < ?::date""", source, this.zone, from, this.zone, to)
			.stream()
			.filter((m) -> isTracked(authors, keys, m))
			.count();
	}

	@Test
	void theRecountOfTheMigrationGivesTheCountsKeptAtIngest() {
		contact("Dee Key" + this.key, "@dee_" + this.key, null, null);
		this.ingest.ingest(source(), "https://push.example", List.of(
				item("@Dee_" + this.key, "https://Social.Example/@dee_" + this.key + "/", null, "1999-06-01T08:00:00Z"),
				item("@Dee_" + this.key, "https://Social.Example/@dee_" + this.key + "/", null, "1999-06-01T09:00:00Z"),
				item("dee_" + this.key + "@other.example", "http://www.social.example:80/@dee_" + this.key,
						"https://www.deeblog-" + this.key + ".example/", "1999-06-02T08:00:00Z"),
				item(null, null, "https://deeblog-" + this.key + ".example/x", "1999-06-03T08:00:00Z")), false);
		List<Map<String, Object>> kept = rowsOf1999June();

		this.jdbc.execute("select recount_mention_author_daily_counts()");

		assertThat(rowsOf1999June()).isEqualTo(kept).hasSize(3);
		assertThat(kept.get(0)).containsEntry("handle", "dee_" + this.key)
			.containsEntry("url_key", "social.example/@dee_" + this.key)
			.containsEntry("mentions", 2);
		assertThat(kept.get(1)).containsEntry("handle_local", "dee_" + this.key)
			.containsEntry("domain", "deeblog-" + this.key + ".example");
	}

	private List<Map<String, Object>> rowsOf1999June() {
		return this.jdbc.queryForList("""
				select day, handle, handle_local, url_key, domain, mentions from mention_author_daily_counts
				where day >= date '1999-06-01' and day < date '1999-07-01' and (handle like ? or domain like ?)
				order by day, handle, url_key, domain""", "%" + this.key + "%", "%" + this.key + "%");
	}

	private long byKeys(List<Object> args, String from, String to) {
		List<Object> all = new ArrayList<>(List.of(Date.valueOf(LocalDate.parse(from)), Date.valueOf(to)));
		all.addAll(args);
		return this.jdbc.queryForObject("select coalesce(sum(c.mentions), 0) from mention_author_daily_counts c "
				+ "where c.day >= ? and c.day < ? and " + AuthorKeys.CONDITION, Long.class, all.toArray());
	}

	/**
	 * Whether the inbox names a contact as the author, or the author is a contact's name.
	 */
	private static boolean isTracked(KnownAuthors authors, AuthorKeys keys, Map<String, Object> mention) {
		String author = (String) mention.get("author");
		return authors.find(author, (String) mention.get("author_url"), (String) mention.get("site")) != null
				|| (author != null && keys.handles().contains(KnownAuthors.handle(author)));
	}

	private FetchedItem item(String author, String authorUrl, String url, String published) {
		String u = (url != null) ? url : "https://news.example/" + this.key + "/" + UUID.randomUUID();
		return new FetchedItem(null, u, "t", "body " + UUID.randomUUID(), author, authorUrl, Instant.parse(published));
	}

	private void contact(String name, String handles, String links, Instant erased) {
		this.jdbc.update("""
				insert into contacts (kind, name, handles, links, state, erased_at, created_at, created_by, updated_at,
				  updated_by)
				values ('BLOGGER', ?, ?, ?, 'ENGAGED', ?, now(), 't', now(), 't')""", name, handles, links,
				(erased != null) ? java.sql.Timestamp.from(erased) : null);
	}

	private long source() {
		return this.jdbc.queryForObject(
				"""
						insert into monitoring_sources (kind, name, url, next_poll_at, created_at, created_by, updated_at, updated_by)
						values ('PUSH', ?, 'https://push.example', now(), now(), 't', now(), 't') returning id""",
				Long.class, "Source " + this.key);
	}

}
