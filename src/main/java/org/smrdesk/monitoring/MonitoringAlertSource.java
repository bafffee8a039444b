package org.smrdesk.monitoring;

import java.time.Instant;
import java.util.List;

import org.smrdesk.core.AlertSource;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Times;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's monitoring alerts: open spike alerts (newest first) and failing or
 * disabled sources (failing longest first), a few of each, in one statement.
 */
@Component
@Order(10)
class MonitoringAlertSource implements AlertSource {

	static final int LIMIT = 5;

	private final JdbcTemplate jdbc;

	private final Times times;

	MonitoringAlertSource(JdbcTemplate jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public List<Alert> alerts(CurrentUser user) {
		return this.jdbc.query("""
				(select 'spike' as kind, a.id, q.name, a.observed, a.baseline, a.raised_at as at, true as enabled
				 from monitoring_alerts a join monitoring_queries q on q.id = a.query_id
				 where a.state = 'OPEN' order by a.raised_at desc limit ?)
				union all
				(select 'source', s.id, s.name, s.consecutive_failures, null, s.failing_since, s.enabled
				 from monitoring_sources s where s.consecutive_failures > 0 or not s.enabled
				 order by s.failing_since nulls last, s.id limit ?)""", (rs, row) -> {
			String name = rs.getString("name");
			long id = rs.getLong("id");
			if ("spike".equals(rs.getString("kind"))) {
				return new Alert("spike", List.of(name, rs.getInt("observed"),
						String.format(java.util.Locale.ROOT, "%.1f", rs.getDouble("baseline"))), "/monitoring");
			}
			Instant since = rs.getObject("at", java.time.OffsetDateTime.class) == null ? null
					: rs.getObject("at", java.time.OffsetDateTime.class).toInstant();
			if (!rs.getBoolean("enabled")) {
				return new Alert("source-disabled", List.of(name), "/monitoring/sources/" + id);
			}
			return new Alert("source", List.of(name, (since != null) ? this.times.format(since) : ""),
					"/monitoring/sources/" + id);
		}, LIMIT, LIMIT);
	}

}
