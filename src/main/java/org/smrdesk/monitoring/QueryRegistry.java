package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.search.Query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The active queries, parsed once and reparsed when any query changes (on any node: the
 * stamp is read from the database before each batch).
 */
@Component
class QueryRegistry {

	private final JdbcTemplate jdbc;

	private volatile String stamp = "";

	private volatile Map<Long, Query> parsed = Map.of();

	private volatile Map<Long, String> kinds = Map.of();

	QueryRegistry(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, Query> active() {
		refresh();
		return this.parsed;
	}

	Map<Long, String> kinds() {
		refresh();
		return this.kinds;
	}

	private synchronized void refresh() {
		String now = this.jdbc.queryForObject(
				"select count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0) from monitoring_queries",
				String.class);
		if (now.equals(this.stamp)) {
			return;
		}
		Map<Long, Query> queries = new LinkedHashMap<>();
		Map<Long, String> queryKinds = new LinkedHashMap<>();
		this.jdbc.query("select id, query, kind from monitoring_queries where active order by id", (rs) -> {
			try {
				queries.put(rs.getLong(1), QueryMatcher.parse(rs.getString(2)));
				queryKinds.put(rs.getLong(1), rs.getString(3));
			}
			catch (QuerySyntaxException ex) {
				// stored before validation got stricter: skipped, shown as invalid on its
				// page
			}
		});
		this.parsed = Map.copyOf(queries);
		this.kinds = Map.copyOf(queryKinds);
		this.stamp = now;
	}

	static Timestamp ts(java.time.Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
