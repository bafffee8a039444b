package org.smrdesk.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the pre-aggregates of ingested mentions: {@code mention_daily_counts}, new
 * mentions per day of the company's calendar (V74), per query and per source (the
 * dashboard, goals, reports and the spike detector read them, never the mentions), and,
 * through {@link AuthorDailyCounts}, per author. One upsert each per ingested batch.
 */
@Component
class MentionDailyCounts {

	private final JdbcTemplate jdbc;

	private final AuthorDailyCounts authors;

	private final Times times;

	MentionDailyCounts(JdbcTemplate jdbc, AuthorDailyCounts authors, Times times) {
		this.jdbc = jdbc;
		this.authors = authors;
		this.times = times;
	}

	/**
	 * Counts a batch's new mentions.
	 * @param sourceId the source that fetched them
	 * @param fresh the new mentions, in the batch's order
	 * @param matches for each query, the new mentions it matched (positions in
	 * {@code fresh})
	 * @param now when they were fetched (the day of those without a publication time)
	 */
	void add(long sourceId, List<NewMention> fresh, Map<Long, BitSet> matches, Instant now) {
		Map<List<Object>, Integer> counts = new HashMap<>();
		List<LocalDate> days = new ArrayList<>(fresh.size());
		List<AuthorDailyCounts.Author> authors = new ArrayList<>(fresh.size());
		for (NewMention p : fresh) {
			// the day in the company's calendar, as goals, reports and the dashboard read
			// periods (V74)
			LocalDate day = LocalDate.ofInstant((p.publishedAt() != null) ? p.publishedAt() : now,
					this.times.companyZone());
			days.add(day);
			authors.add(AuthorDailyCounts.Author.of(day, p.author(), p.authorUrl(), p.site()));
			counts.merge(List.of(day, 0L, 0L), 1, Integer::sum);
			counts.merge(List.of(day, 0L, sourceId), 1, Integer::sum);
		}
		this.authors.add(authors);
		matches.forEach((queryId, hits) -> hits.stream()
			.forEach((i) -> counts.merge(List.of(days.get(i), queryId, 0L), 1, Integer::sum)));
		if (counts.isEmpty()) {
			return;
		}
		List<java.sql.Date> d = new ArrayList<>();
		List<Long> q = new ArrayList<>();
		List<Long> s = new ArrayList<>();
		List<Integer> c = new ArrayList<>();
		counts.forEach((key, value) -> {
			d.add(java.sql.Date.valueOf((LocalDate) key.get(0)));
			q.add((Long) key.get(1));
			s.add((Long) key.get(2));
			c.add(value);
		});
		this.jdbc
			.update("""
					insert into mention_daily_counts (day, query_id, source_id, mentions)
					select d, q, s, c from unnest(?::date[], ?::bigint[], ?::bigint[], ?::int[]) as x(d, q, s, c)
					order by d, q, s
					on conflict (day, query_id, source_id) do update set mentions = mention_daily_counts.mentions + excluded.mentions""",
					(ps) -> {
						ps.setArray(1, MentionIngest.array(ps, "date", d));
						ps.setArray(2, MentionIngest.array(ps, "bigint", q));
						ps.setArray(3, MentionIngest.array(ps, "bigint", s));
						ps.setArray(4, MentionIngest.array(ps, "integer", c));
					});
	}

	/**
	 * What a new mention is counted by.
	 *
	 * @param publishedAt when published (may be null)
	 * @param author the author (may be null)
	 * @param authorUrl the author's profile (may be null)
	 * @param site the host (may be null)
	 */
	record NewMention(Instant publishedAt, String author, String authorUrl, String site) {
	}

}
