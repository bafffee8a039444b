package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;

import org.smrdesk.core.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a query is saved with new words (or switched on), it is run over the mentions of
 * the last {@link #WINDOW} (the newest {@link #MAX_MENTIONS} at most): its matches there
 * are replaced and its daily counts on the days concerned recounted, so the inbox filter
 * and the volume show the query as it now reads. Older mentions keep the matches they
 * had; new ones are matched as they arrive.
 */
@Component
class QueryRematch {

	/** How far back a saved query is run. */
	static final Duration WINDOW = Duration.ofDays(30);

	/** The most mentions one save runs over. */
	static final int MAX_MENTIONS = 20_000;

	private static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Times times;

	QueryRematch(JdbcTemplate jdbc, Clock clock, Times times) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.times = times;
	}

	/**
	 * Runs a query over the recent mentions.
	 * @param queryId the query
	 * @param text its text (already validated)
	 * @return how many of them it matches
	 */
	@Transactional
	public int rematch(long queryId, String text) {
		Query query = QueryMatcher.parse(text);
		Timestamp since = Timestamp.from(this.clock.instant().minus(WINDOW));
		List<Long> ids = new ArrayList<>();
		List<QueryMatcher.Doc> docs = new ArrayList<>();
		List<Long> matched = new ArrayList<>();
		List<Long> window = new ArrayList<>();
		this.jdbc.query("""
				select id, title, body, author, site from mentions where fetched_at >= ?
				order by fetched_at desc, id desc limit ?""", (rs) -> {
			ids.add(rs.getLong(1));
			window.add(rs.getLong(1));
			docs.add(new QueryMatcher.Doc(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
			if (docs.size() == BATCH) {
				matched.addAll(match(query, ids, docs));
			}
		}, since, MAX_MENTIONS);
		matched.addAll(match(query, ids, docs));
		if (window.isEmpty()) {
			return 0;
		}
		this.jdbc.update("""
				delete from mention_matches where query_id = ? and mention_id = any(?)""", (ps) -> {
			ps.setLong(1, queryId);
			ps.setArray(2, ps.getConnection().createArrayOf("bigint", window.toArray()));
		});
		this.jdbc.update("""
				insert into mention_matches (mention_id, query_id)
				select m, ? from unnest(?::bigint[]) as x(m) on conflict do nothing""", (ps) -> {
			ps.setLong(1, queryId);
			ps.setArray(2, ps.getConnection().createArrayOf("bigint", matched.toArray()));
		});
		recount(queryId, window);
		return matched.size();
	}

	private Object array(List<?> values) {
		return this.jdbc.execute((java.sql.Connection c) -> c
			.createArrayOf(values.isEmpty() || values.get(0) instanceof Long ? "bigint" : "date", values.toArray()));
	}

	/** Matches one batch and empties it. */
	private static List<Long> match(Query query, List<Long> ids, List<QueryMatcher.Doc> docs) {
		List<Long> hits = new ArrayList<>();
		if (!docs.isEmpty()) {
			BitSet found = QueryMatcher.match(docs, Map.of(0L, query)).getOrDefault(0L, new BitSet());
			found.stream().forEach((i) -> hits.add(ids.get(i)));
		}
		ids.clear();
		docs.clear();
		return hits;
	}

	/**
	 * The query's daily counts on the days of these mentions, counted again from its
	 * matches (the days as ingest counts them: published, else fetched, in the company
	 * zone).
	 */
	private void recount(long queryId, List<Long> window) {
		String zone = this.times.companyZone().getId();
		List<java.sql.Date> days = this.jdbc.queryForList(
				"""
						select distinct (coalesce(published_at, fetched_at) at time zone ?)::date from mentions where id = any(?)""",
				java.sql.Date.class, zone, array(window));
		this.jdbc.update("delete from mention_daily_counts where query_id = ? and source_id = 0 and day = any(?)",
				queryId, array(days));
		this.jdbc.update("""
				insert into mention_daily_counts (day, query_id, source_id, mentions)
				select (coalesce(m.published_at, m.fetched_at) at time zone ?)::date, ?, 0, count(*)
				from mention_matches mm join mentions m on m.id = mm.mention_id
				where mm.query_id = ? and (coalesce(m.published_at, m.fetched_at) at time zone ?)::date = any(?)
				group by 1
				on conflict (day, query_id, source_id) do update set mentions = excluded.mentions""", zone, queryId,
				queryId, zone, array(days));
	}

}
