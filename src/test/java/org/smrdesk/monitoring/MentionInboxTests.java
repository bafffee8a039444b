package org.smrdesk.monitoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox at scale and around it: bounded counts and pages past the end, date filters
 * in the signed-in user's zone, triage in the audit log, a saved query run over recent
 * mentions, the volume of each query against the year before, and OPML out and in.
 */
@IntegrationTest
class MentionInboxTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private VolumeService volume;

	@Autowired
	private MentionService mentions;

	@Autowired
	private Clock clock;

	private UserDetails lead;

	private String word;

	private long source;

	@BeforeEach
	void setUp() {
		this.lead = this.users.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Inbox " + UUID.randomUUID()));
		this.word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.source = TestData.monitoringSource("Inbox " + this.word).insert(this.jdbc);
	}

	@Test
	void theCountStopsAtTheDeepestReachableRowAndAPagePastTheEndShowsTheLast() throws Exception {
		mentions(30, Instant.now());
		Page<MentionRow> last = page(get("/monitoring/mentions").param("q", this.word).param("page", "99999999"));
		assertThat(last.getNumber()).isEqualTo(1);
		assertThat(last.getTotalElements()).isEqualTo(30);
		assertThat(last.getContent()).hasSize(5);
		mentions(10_050, Instant.now().minusSeconds(3600));
		// the inbox counts ten pages ahead of the one shown, and says there are more
		Page<MentionRow> first = page(get("/monitoring/mentions").param("q", this.word));
		assertThat(first).isInstanceOf(UncountedPage.class);
		assertThat(((UncountedPage<MentionRow>) first).getAtLeast()).isEqualTo(250);
		assertThat(((UncountedPage<MentionRow>) first).isTimedOut()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(first.getContent()).hasSize(25);
		this.mvc.perform(get("/monitoring/mentions").param("q", this.word).with(user(this.lead)))
			.andExpect(content().string(containsString("Page 1 · more than 250 mentions")));
		// near the deepest page a pager reaches, up to there
		Page<MentionRow> deep = page(get("/monitoring/mentions").param("q", this.word).param("page", "395"));
		assertThat(deep).isNotInstanceOf(UncountedPage.class);
		assertThat(deep.getTotalElements()).isEqualTo(org.smrdesk.core.Paging.MAX_ROWS + 1);
		// the API counts to the deepest reachable row
		assertThat(this.mentions
			.search(new MentionFilter(null, null, null, null, null, null, this.word, null), (CurrentUser) this.lead,
					PageRequest.of(0, 25))
			.getTotalElements()).isEqualTo(org.smrdesk.core.Paging.MAX_ROWS + 1);
		// other orders than by time sort the newest rows a pager reaches, not every
		// mention
		Page<MentionRow> byTitle = page(get("/monitoring/mentions").param("q", this.word).param("sort", "title,desc"));
		assertThat(byTitle.getContent()).hasSize(25);
		assertThat(byTitle.getContent().get(0).title()).isEqualTo(this.word + " story 9999");
	}

	@Test
	void theAuthorFilterFindsAuthorsContainingTheTextHoweverTheMentionsWereWritten() throws Exception {
		// straight into the table, as the demo and large data scripts write them
		this.jdbc.update("""
				insert into mentions (dedup_key, title, body, author, fetched_at, source_id)
				values (?, ?, 't', ?, now(), ?), (?, ?, 't', ?, now(), ?)""", "test:a:" + this.word, this.word + " one",
				"Mx " + this.word.toUpperCase(Locale.ROOT) + " Reader", this.source, "test:b:" + this.word,
				this.word + " two", "50%_" + this.word, this.source);
		assertThat(titles(page(get("/monitoring/mentions").param("q", this.word).param("author", "READER"))))
			.containsExactly(this.word + " one");
		assertThat(titles(page(get("/monitoring/mentions").param("author", this.word.substring(3) + " read"))))
			.containsExactly(this.word + " one");
		// the text is taken literally, wildcards included
		assertThat(titles(page(get("/monitoring/mentions").param("q", this.word).param("author", "%"))))
			.containsExactly(this.word + " two");
		assertThat(titles(page(get("/monitoring/mentions").param("q", this.word).param("author", "0%_w"))))
			.containsExactly(this.word + " two");
	}

	private static List<String> titles(Page<MentionRow> page) {
		return page.getContent().stream().map(MentionRow::title).toList();
	}

	@Test
	void theAssigneeFilterIsATypeAheadThatAlsoTakesATypedName() throws Exception {
		mentions(3, Instant.now());
		long colleague = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, "Inbox " + this.word));
		this.jdbc.update("update users set display_name = ? where id = ?", "Zyx " + this.word, colleague);
		this.jdbc.update(
				"update mentions set assignee_id = ? where id = (select min(id) from mentions " + "where title like ?)",
				colleague, this.word + "%");
		assertThat(page(get("/monitoring/mentions").param("q", this.word).param("assignee", Long.toString(colleague)))
			.getTotalElements()).isEqualTo(1);
		// without JavaScript: the first colleague whose name starts with the text typed
		assertThat(page(get("/monitoring/mentions").param("q", this.word).param("assigneeName", "zyx " + this.word))
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void dateFiltersAreDaysInTheSignedInUsersZone() throws Exception {
		this.jdbc.update("update users set time_zone = 'Pacific/Auckland' where id = ?",
				((CurrentUser) this.lead).id());
		// 12:00 UTC on 29 July is already 30 July, 00:00 in Auckland (NZST, UTC+12)
		mentions(1, Instant.parse("2026-07-29T12:00:00Z"));
		assertThat(page(
				get("/monitoring/mentions").param("q", this.word).param("from", "2026-07-30").param("to", "2026-07-30"))
			.getTotalElements()).isEqualTo(1);
		assertThat(page(
				get("/monitoring/mentions").param("q", this.word).param("from", "2026-07-29").param("to", "2026-07-29"))
			.getTotalElements()).isZero();
	}

	@Test
	void triageOneByOneAndInBulkIsInTheAuditLog() throws Exception {
		mentions(3, Instant.now());
		java.util.List<Long> ids = this.jdbc.queryForList("select id from mentions where title like ? order by id",
				Long.class, this.word + "%");
		this.mvc
			.perform(post("/monitoring/mentions/" + ids.get(0) + "/triage").with(user(this.lead))
				.with(csrf())
				.param("state", "REVIEWED"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/monitoring/mentions/bulk").with(user(this.lead))
				.with(csrf())
				.param("ids", ids.get(1).toString(), ids.get(2).toString())
				.param("state", "IGNORED"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("""
				select entity_id from audit_log where entity_type = 'Mention' and action = 'UPDATE' and actor = ?
				order by entity_id""", Long.class, this.lead.getUsername())).containsExactlyElementsOf(ids);
	}

	@Test
	void aSavedQueryIsRunOverTheRecentMentionsAndItsDailyCountsFollow() throws Exception {
		mentions(2, Instant.now().minus(2, ChronoUnit.DAYS));
		this.jdbc.update("update mentions set body = body || ' alpha' where id = (select min(id) from mentions "
				+ "where title like ?)", this.word + "%");
		mentions(1, Instant.now().minus(90, ChronoUnit.DAYS));
		String name = "Recent " + this.word;
		this.mvc
			.perform(post("/monitoring/queries/new").with(user(this.lead))
				.with(csrf())
				.param("name", name)
				.param("query", this.word)
				.param("kind", "BRAND")
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());
		long query = this.jdbc.queryForObject("select id from monitoring_queries where name = ?", Long.class, name);
		// the two of the last 30 days, not the one three months ago
		assertThat(matches(query)).isEqualTo(2);
		assertThat(counted(query)).isEqualTo(2);
		long version = this.jdbc.queryForObject("select version from monitoring_queries where id = ?", Long.class,
				query);
		this.mvc
			.perform(post("/monitoring/queries/" + query + "/edit").with(user(this.lead))
				.with(csrf())
				.param("name", name)
				.param("query", this.word + " AND alpha")
				.param("kind", "BRAND")
				.param("active", "true")
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(matches(query)).isEqualTo(1);
		assertThat(counted(query)).isEqualTo(1);
	}

	@Test
	void eachQueryAndSourceIsShownAgainstTheSameDaysAYearBefore() {
		long query = this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, ?, 'BRAND', now(), 't', now(), 't') returning id""", Long.class, "Yoy " + this.word,
				this.word);
		LocalDate day = LocalDate.now(this.clock).minusDays(10);
		for (Object[] row : new Object[][] { { day, query, 0L, 7 }, { day.minusYears(1), query, 0L, 3 },
				{ day.minusYears(1).minusDays(100), query, 0L, 50 }, { day, 0L, this.source, 4 },
				{ day.minusYears(1), 0L, this.source, 9 } }) {
			this.jdbc.update(
					"insert into mention_daily_counts (day, query_id, source_id, mentions) values (?, ?, ?, ?)",
					Date.valueOf((LocalDate) row[0]), row[1], row[2], row[3]);
		}
		VolumeService.Volume figures = this.volume.volume(90);
		assertThat(figures.byQuery()).containsEntry("Yoy " + this.word, 7);
		assertThat(figures.byQueryYearBefore()).containsEntry("Yoy " + this.word, 3);
		assertThat(figures.bySource()).containsEntry("Inbox " + this.word, 4);
		assertThat(figures.bySourceYearBefore()).containsEntry("Inbox " + this.word, 9);
	}

	@Test
	void feedSourcesExportedAsOpmlImportBackTheSame() throws Exception {
		for (String name : new String[] { "Blog one", "Blog two" }) {
			TestData.monitoringSource(name + " " + this.word)
				.with("kind", "FEED")
				.with("url", "https://" + name.replace(' ', '-') + "." + this.word + ".example/feed.xml")
				.insert(this.jdbc);
		}
		byte[] opml = this.mvc.perform(get("/monitoring/sources/opml").with(user(this.lead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(opml, java.nio.charset.StandardCharsets.UTF_8)).contains("<opml")
			.contains("Blog one " + this.word);
		this.jdbc.update("delete from monitoring_sources where name like ?", "Blog % " + this.word);
		this.mvc
			.perform(multipart("/monitoring/sources/opml")
				.file(new MockMultipartFile("file", "sources.opml", "text/x-opml", opml))
				.with(user(this.lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList(
				"select name || ' ' || url || ' ' || kind from monitoring_sources " + "where name like ? order by name",
				String.class, "Blog % " + this.word))
			.containsExactly("Blog one " + this.word + " https://Blog-one." + this.word + ".example/feed.xml FEED",
					"Blog two " + this.word + " https://Blog-two." + this.word + ".example/feed.xml FEED");
		// a second import of the same file adds nothing
		this.mvc
			.perform(multipart("/monitoring/sources/opml")
				.file(new MockMultipartFile("file", "sources.opml", "text/x-opml", opml))
				.with(user(this.lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from monitoring_sources where name like ?", Integer.class,
				"Blog % " + this.word))
			.isEqualTo(2);
	}

	@SuppressWarnings("unchecked")
	private Page<MentionRow> page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(this.lead))).andExpect(status().isOk()).andReturn();
		return (Page<MentionRow>) result.getModelAndView().getModel().get("page");
	}

	/**
	 * Mentions fetched at a moment, seen by the test's source, a title starting with the
	 * word.
	 */
	private void mentions(int count, Instant at) {
		this.jdbc.update("""
				insert into mentions (dedup_key, title, body, fetched_at, published_at, source_id)
				select 'test:' || ? || ':' || ? || ':' || g, ? || ' story ' || g, 'text of ' || ? || ' ' || g, ?, ?, ?
				from generate_series(1, ?) g""", this.word, at.toEpochMilli(), this.word, this.word, Timestamp.from(at),
				Timestamp.from(at), this.source, count);
		this.jdbc.update("""
				insert into mention_sightings (mention_id, source_id, seen_at)
				select id, source_id, fetched_at from mentions where source_id = ? on conflict do nothing""",
				this.source);
	}

	private int matches(long query) {
		return this.jdbc.queryForObject("select count(*) from mention_matches where query_id = ?", Integer.class,
				query);
	}

	private int counted(long query) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(mentions), 0) from mention_daily_counts where query_id = ? and source_id = 0",
				Integer.class, query);
	}

}
