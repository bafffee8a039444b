package org.smrdesk.monitoring;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores fetched items as mentions, each story once: a new dedup key is a new mention, a
 * known one only adds a sighting by this source. New mentions are matched against the
 * active queries and counted per day, query and source ({@link MentionDailyCounts}). A
 * handful of set-based statements per batch, whatever its size.
 */
@Component
class MentionIngest {

	private static final int MAX_TITLE = 1000;

	private final JdbcTemplate jdbc;

	private final QueryRegistry queries;

	private final Clock clock;

	private final MatchExecutor matcher;

	private final MentionDailyCounts counts;

	MentionIngest(JdbcTemplate jdbc, QueryRegistry queries, Clock clock, MatchExecutor matcher,
			MentionDailyCounts counts) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.clock = clock;
		this.matcher = matcher;
		this.counts = counts;
	}

	/**
	 * Stores a batch.
	 * @param sourceId the source
	 * @param sourceUrl its address (scopes GUIDs that are not URLs)
	 * @param items the items
	 * @param refetchable whether the items can be fetched again (a poll, whose cursor
	 * commits with them) rather than pushed once (a vendor's webhook, acknowledged only
	 * when durable)
	 * @return what happened
	 */
	@Transactional
	public Result ingest(long sourceId, String sourceUrl, List<FetchedItem> items, boolean refetchable) {
		Instant now = this.clock.instant();
		String sourceSite = MentionText.site(sourceUrl);
		Map<String, Prepared> byKey = new LinkedHashMap<>();
		for (FetchedItem item : items) {
			String text = MentionText.plain(item.html());
			String title = MentionText.plain(item.title());
			if (title.length() > MAX_TITLE) {
				title = title.substring(0, MAX_TITLE);
			}
			String key = MentionText.dedupKey(item, sourceSite, text);
			if (key.length() > 400) {
				key = key.substring(0, key.indexOf(':') + 1) + MentionText.sha256(key);
			}
			String url = (item.url() != null) ? item.url().strip() : null;
			if (url != null && url.length() > 2000) {
				url = null;
			}
			String author = (item.author() != null && item.author().length() > 300) ? item.author().substring(0, 300)
					: item.author();
			byKey.putIfAbsent(key, new Prepared(key, url, title.isEmpty() ? null : title, text, author,
					item.authorUrl(), MentionText.site((url != null) ? url : item.guid()), item.publishedAt()));
		}
		if (byKey.isEmpty()) {
			return new Result(items.size(), 0, List.of(), Set.of(), List.of());
		}
		List<Prepared> prepared = new ArrayList<>(byKey.values());
		// A crash may lose the last moments of a poll, never consistency: the source's
		// cursor and ETag commit in the same transaction, so the next poll fetches the
		// lost items again; not waiting for the WAL flush keeps ingest CPU-bound.
		if (refetchable) {
			this.jdbc.execute("set local synchronous_commit = off");
		}
		// matching (Lucene, in the app) runs beside the inserts (in PostgreSQL), so a
		// poll takes about the longer of the two rather than their sum; items that
		// turn out to be known are dropped from its answer
		Future<Map<Long, BitSet>> matching = this.matcher.match(
				prepared.stream().map((p) -> new QueryMatcher.Doc(p.title(), p.text(), p.author(), p.site())).toList(),
				this.queries.active());
		Map<String, Long> inserted;
		Map<String, Long> all;
		try {
			inserted = insertMentions(sourceId, prepared, now);
			all = new HashMap<>(inserted);
			if (inserted.size() < prepared.size()) {
				List<String> keys = prepared.stream()
					.map(Prepared::key)
					.filter((k) -> !inserted.containsKey(k))
					.toList();
				this.jdbc.query("select id, dedup_key from mentions where dedup_key = any(?)",
						(ps) -> ps.setArray(1, array(ps, "text", keys)),
						(RowCallbackHandler) (rs) -> all.put(rs.getString(2), rs.getLong(1)));
			}
			insertSightings(sourceId, prepared, all, inserted, now);
		}
		catch (RuntimeException ex) {
			matching.cancel(true);
			throw ex;
		}
		List<Prepared> fresh = prepared.stream().filter((p) -> inserted.containsKey(p.key())).toList();
		BitSet isFresh = new BitSet(prepared.size());
		for (int i = 0; i < prepared.size(); i++) {
			isFresh.set(i, inserted.containsKey(prepared.get(i).key()));
		}
		Map<Long, BitSet> matches = this.matcher.await(matching, isFresh);
		insertMatches(fresh, inserted, matches);
		this.counts.add(sourceId,
				fresh.stream()
					.map((p) -> new MentionDailyCounts.NewMention(p.publishedAt(), p.author(), p.authorUrl(), p.site()))
					.toList(),
				matches, now);
		return new Result(items.size(), fresh.size(), fresh.stream().map((p) -> inserted.get(p.key())).toList(),
				matches.keySet(), prepared.stream().map((p) -> all.get(p.key())).toList());
	}

	private Map<String, Long> insertMentions(long sourceId, List<Prepared> prepared, Instant now) {
		Map<String, Long> inserted = new HashMap<>();
		int n = prepared.size();
		String[] keys = new String[n];
		String[] urls = new String[n];
		String[] titles = new String[n];
		String[] bodies = new String[n];
		String[] authors = new String[n];
		String[] authorUrls = new String[n];
		String[] sites = new String[n];
		Timestamp[] published = new Timestamp[n];
		for (int i = 0; i < n; i++) {
			Prepared p = prepared.get(i);
			keys[i] = p.key();
			urls[i] = p.url();
			titles[i] = p.title();
			bodies[i] = p.text();
			authors[i] = p.author();
			authorUrls[i] = p.authorUrl();
			sites[i] = p.site();
			published[i] = QueryRegistry.ts(p.publishedAt());
		}
		this.jdbc.query("""
				insert into mentions (dedup_key, url, title, body, author, author_url, site, published_at, fetched_at,
				                      source_id)
				select k, u, t, b, a, au, s, p, ?, ?
				from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				            ?::timestamptz[]) as x(k, u, t, b, a, au, s, p)
				on conflict (dedup_key) do nothing
				returning id, dedup_key""", (ps) -> {
			ps.setTimestamp(1, Timestamp.from(now));
			ps.setLong(2, sourceId);
			ps.setArray(3, array(ps, "text", Arrays.asList(keys)));
			ps.setArray(4, array(ps, "text", Arrays.asList(urls)));
			ps.setArray(5, array(ps, "text", Arrays.asList(titles)));
			ps.setArray(6, array(ps, "text", Arrays.asList(bodies)));
			ps.setArray(7, array(ps, "text", Arrays.asList(authors)));
			ps.setArray(8, array(ps, "text", Arrays.asList(authorUrls)));
			ps.setArray(9, array(ps, "text", Arrays.asList(sites)));
			ps.setArray(10, array(ps, "timestamptz", Arrays.asList(published)));
		}, (RowCallbackHandler) (rs) -> inserted.put(rs.getString(2), rs.getLong(1)));
		return inserted;
	}

	/**
	 * The sightings by this source: those of new mentions cannot exist yet and are
	 * written without the conflict check (an index probe per row before each insert),
	 * those of known mentions may, when the source saw the item before.
	 */
	private void insertSightings(long sourceId, List<Prepared> prepared, Map<String, Long> ids,
			Map<String, Long> inserted, Instant now) {
		List<Long> fresh = new ArrayList<>();
		List<String> freshUrls = new ArrayList<>();
		List<Long> known = new ArrayList<>();
		List<String> knownUrls = new ArrayList<>();
		for (Prepared p : prepared) {
			Long id = ids.get(p.key());
			if (id != null) {
				boolean isNew = inserted.containsKey(p.key());
				(isNew ? fresh : known).add(id);
				(isNew ? freshUrls : knownUrls).add(p.url());
			}
		}
		insertSightings(sourceId, fresh, freshUrls, now, "");
		insertSightings(sourceId, known, knownUrls, now, " on conflict do nothing");
	}

	private void insertSightings(long sourceId, List<Long> mentionIds, List<String> urls, Instant now,
			String onConflict) {
		if (mentionIds.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				insert into mention_sightings (mention_id, source_id, seen_at, url)
				select m, ?, ?, u from unnest(?::bigint[], ?::text[]) as x(m, u)""" + onConflict, (ps) -> {
			ps.setLong(1, sourceId);
			ps.setTimestamp(2, Timestamp.from(now));
			ps.setArray(3, array(ps, "bigint", mentionIds));
			ps.setArray(4, array(ps, "text", urls));
		});
	}

	private void insertMatches(List<Prepared> fresh, Map<String, Long> ids, Map<Long, BitSet> matches) {
		List<Long> mentionIds = new ArrayList<>();
		List<Long> queryIds = new ArrayList<>();
		matches.forEach((queryId, hits) -> hits.stream().forEach((i) -> {
			mentionIds.add(ids.get(fresh.get(i).key()));
			queryIds.add(queryId);
		}));
		if (mentionIds.isEmpty()) {
			return;
		}
		// new mentions only, each query once per mention: nothing to conflict with
		this.jdbc.update("""
				insert into mention_matches (mention_id, query_id)
				select m, q from unnest(?::bigint[], ?::bigint[]) as x(m, q)""", (ps) -> {
			ps.setArray(1, array(ps, "bigint", mentionIds));
			ps.setArray(2, array(ps, "bigint", queryIds));
		});
	}

	static Array array(PreparedStatement ps, String type, List<?> values) throws SQLException {
		return ps.getConnection().createArrayOf(type, values.toArray());
	}

	private record Prepared(String key, String url, String title, String text, String author, String authorUrl,
			String site, Instant publishedAt) {
	}

	/**
	 * What a batch did.
	 *
	 * @param fetched how many items came
	 * @param created how many were new mentions
	 * @param newMentionIds the new mentions
	 * @param matchedQueryIds the queries that matched at least one new mention
	 * @param mentionIds the mention of each distinct item, new or known, in order
	 */
	record Result(int fetched, int created, List<Long> newMentionIds, Set<Long> matchedQueryIds,
			List<Long> mentionIds) {
	}

}
