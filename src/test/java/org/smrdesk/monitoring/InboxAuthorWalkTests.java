package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The author filter walks author by author when the pattern matches a few authors, and
 * the time index when it matches more than {@link MentionSearch#FEW_AUTHORS}: either way
 * a page holds the same mentions as the filter's newest (or oldest) first, across
 * authors, with the other filters and the staff rule applied, on the first page and later
 * ones.
 */
@IntegrationTest
class InboxAuthorWalkTests {

	private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "fetchedAt");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private MentionService mentions;

	private CurrentUser lead;

	private String word;

	private long source;

	private final List<Written> written = new ArrayList<>();

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void setUp() {
		this.lead = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Author walk " + UUID.randomUUID()));
		this.word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.source = TestData.monitoringSource("Author walk " + this.word).insert(this.jdbc);
	}

	@Test
	void aFewAuthorsGiveTheirNewestMentionsAcrossAuthorsPageByPage() {
		List<String> authors = List.of("Ann " + this.word.toUpperCase(java.util.Locale.ROOT), "@" + this.word + "bob",
				this.word + " Cy", "Someone else");
		for (int i = 0; i < 160; i++) {
			write(authors.get(i % 4), (i % 3 == 0) ? "REVIEWED" : "NEW", i);
		}
		assertSamePages(new MentionFilter(null, null, null, null, null, this.word, null, null), this.lead,
				(w) -> w.author().toLowerCase(java.util.Locale.ROOT).contains(this.word));
		assertSamePages(new MentionFilter(null, null, MentionState.NEW, null, null, this.word + " c", null, null),
				this.lead, (w) -> w.author().endsWith(" Cy") && w.state().equals("NEW"));
	}

	@Test
	void aPatternOfManyAuthorsGivesTheSamePagesThroughTheTimeIndex() {
		for (int i = 0; i <= MentionSearch.FEW_AUTHORS + 10; i++) {
			write("author " + this.word + " " + i, (i % 2 == 0) ? "NEW" : "IGNORED", i);
		}
		assertSamePages(new MentionFilter(null, null, null, null, null, this.word, null, null), this.lead, (w) -> true);
		assertSamePages(new MentionFilter(null, null, MentionState.IGNORED, null, null, this.word, null, null),
				this.lead, (w) -> w.state().equals("IGNORED"));
	}

	@Test
	void staffSeeTheMentionsOfTheirDepartmentsQueriesOnly() {
		String department = "Author walk " + this.word;
		CurrentUser staff = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, department));
		long query = this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, ?, 'BRAND', now(), 't', now(), 't') returning id""", Long.class, "Walk " + this.word,
				this.word);
		this.jdbc.update("insert into monitoring_query_departments (query_id, department_id) values (?, ?)", query,
				TestData.department(this.jdbc, department));
		for (int i = 0; i < 60; i++) {
			long id = write(((i % 2 == 0) ? "Ann " : "Bob ") + this.word, "NEW", i);
			if (i % 3 != 0) {
				this.jdbc.update("insert into mention_matches (mention_id, query_id) values (?, ?)", id, query);
			}
		}
		assertSamePages(new MentionFilter(null, null, null, null, null, this.word, null, null), staff,
				(w) -> w.minute() % 3 != 0);
	}

	/**
	 * Pages 1 and 2, newest and oldest first, hold what the filter selects in order (a
	 * filter of more than one page).
	 */
	private void assertSamePages(MentionFilter filter, CurrentUser user, Predicate<Written> selected) {
		for (Sort sort : List.of(NEWEST, NEWEST.ascending())) {
			Comparator<Written> order = Comparator.comparing(Written::fetchedAt);
			List<Long> expected = this.written.stream()
				.filter(selected)
				.sorted(sort.equals(NEWEST) ? order.reversed() : order)
				.map(Written::id)
				.toList();
			assertThat(expected).as("more than a page").hasSizeGreaterThan(25);
			for (int page = 0; page < 2; page++) {
				List<Long> shown = this.mentions.inbox(filter, user, PageRequest.of(page, 25, sort))
					.map(MentionRow::id)
					.getContent();
				assertThat(shown).as("%s, page %d, %s", filter, page + 1, sort)
					.isEqualTo(expected.subList(Math.min(page * 25, expected.size()),
							Math.min(page * 25 + 25, expected.size())));
			}
		}
	}

	private long write(String author, String state, int minute) {
		Instant at = this.now.minus(minute, ChronoUnit.MINUTES);
		long id = this.jdbc.queryForObject("""
				insert into mentions (dedup_key, title, body, author, fetched_at, source_id, state)
				values (?, ?, 't', ?, ?, ?, ?) returning id""", Long.class, "walk:" + this.word + ":" + minute,
				this.word + " " + minute, author, Timestamp.from(at), this.source, state);
		this.written.add(new Written(id, author, state, at, minute));
		return id;
	}

	private record Written(long id, String author, String state, Instant fetchedAt, int minute) {
	}

}
