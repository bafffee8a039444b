package org.smrdesk.monitoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs {@link SpikeRule} for every active query on today's pre-aggregated counts and
 * stores an alert with its numbers, at most one per query in 48 hours, none while the
 * query's alerts are snoozed. A crisis-terms query set to open an incident by itself does
 * so with its alert ({@link AlertService#openAutomatically}).
 */
@Component
class SpikeDetector {

	static final Duration COOLDOWN = Duration.ofHours(48);

	private final JdbcTemplate jdbc;

	private final Times times;

	private final AlertService alerts;

	private final org.springframework.context.ApplicationEventPublisher events;

	SpikeDetector(JdbcTemplate jdbc, Times times, AlertService alerts,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.times = times;
		this.alerts = alerts;
	}

	/**
	 * Checks every active query now.
	 * @return the ids of the alerts raised
	 */
	@Transactional
	public List<Long> check() {
		Instant now = this.times.instant();
		// days of the company's calendar, as the daily counts (V74)
		LocalDate today = LocalDate.ofInstant(now, this.times.companyZone());
		LocalDate first = today.minusWeeks(4);
		Map<Long, Map<LocalDate, Integer>> counts = new HashMap<>();
		this.jdbc.query("""
				select c.query_id, c.day, c.mentions from mention_daily_counts c
				join monitoring_queries q on q.id = c.query_id and q.active
				where c.source_id = 0 and c.day in (?, ?, ?, ?, ?)""", (rs) -> {
			counts.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>())
				.put(rs.getDate(2).toLocalDate(), rs.getInt(3));
		}, Date.valueOf(today), Date.valueOf(today.minusWeeks(1)), Date.valueOf(today.minusWeeks(2)),
				Date.valueOf(today.minusWeeks(3)), Date.valueOf(first));
		List<Long> raised = new ArrayList<>();
		for (Map.Entry<Long, Map<LocalDate, Integer>> entry : counts.entrySet()) {
			Map<LocalDate, Integer> days = entry.getValue();
			int observed = days.getOrDefault(today, 0);
			if (observed < SpikeRule.MIN_COUNT) {
				continue;
			}
			long queryId = entry.getKey();
			LocalDate since = this.jdbc.queryForObject("""
					select least((select min(day) from mention_daily_counts where query_id = ?),
					             (select created_at from monitoring_queries where id = ?)::date)""", LocalDate.class,
					queryId, queryId);
			long history = (since != null) ? ChronoUnit.DAYS.between(since, today) : 0;
			int[] weeks = { days.getOrDefault(today.minusWeeks(1), 0), days.getOrDefault(today.minusWeeks(2), 0),
					days.getOrDefault(today.minusWeeks(3), 0), days.getOrDefault(first, 0) };
			SpikeRule.Decision decision = SpikeRule.evaluate(observed, weeks, history);
			if (!decision.alert() || quiet(queryId, now)) {
				continue;
			}
			Long alert = this.jdbc.queryForObject("""
					insert into monitoring_alerts (query_id, day, observed, baseline, p_value, raised_at)
					values (?, ?, ?, ?, ?, ?) returning id""", Long.class, queryId, Date.valueOf(today),
					decision.observed(), decision.baseline(), decision.p(), Timestamp.from(now));
			raised.add(alert);
			this.events.publishEvent(new org.smrdesk.event.SpikeAlerted(alert, queryId, decision.observed()));
			if (Boolean.TRUE.equals(this.jdbc.queryForObject(
					"select auto_incident and kind = 'CRISIS' from monitoring_queries where id = ?", Boolean.class,
					queryId))) {
				this.alerts.openAutomatically(alert);
			}
		}
		return raised;
	}

	/** In the cooldown after the last alert, or snoozed. */
	private boolean quiet(long queryId, Instant now) {
		Integer recent = this.jdbc.queryForObject("""
				select count(*) from monitoring_alerts
				where query_id = ? and (raised_at > ? or (snoozed_until is not null and snoozed_until > ?))""",
				Integer.class, queryId, Timestamp.from(now.minus(COOLDOWN)), Timestamp.from(now));
		return recent != null && recent > 0;
	}

}
