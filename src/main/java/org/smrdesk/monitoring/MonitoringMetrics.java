package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Polling in the metrics ({@code /actuator/prometheus}): sources enabled, failing (at
 * least one failure in a row) and overdue (due more than a poll lease ago: polling has
 * stopped on every node). How long each poll run takes is the {@code monitoring-poll}
 * job's timer ({@code smr.jobs.runs}). Read from the database when scraped, so every node
 * reports the same figures.
 */
@Component
class MonitoringMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MonitoringMetrics(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "enabled", "select count(*) from monitoring_sources where enabled");
		gauge(registry, "failing",
				"select count(*) from monitoring_sources where enabled and consecutive_failures > 0");
		gauge(registry, "overdue",
				"select count(*) from monitoring_sources where enabled and kind <> 'PUSH' " + "and next_poll_at < ?");
	}

	private void gauge(MeterRegistry registry, String state, String sql) {
		Gauge.builder("smr.monitoring.sources", () -> count(sql))
			.description("Monitoring sources by state")
			.tag("state", state)
			.register(registry);
	}

	private double count(String sql) {
		try {
			Long count = sql.contains("?")
					? this.jdbc.queryForObject(sql, Long.class,
							Timestamp.from(this.clock.instant().minus(PollScheduler.LEASE)))
					: this.jdbc.queryForObject(sql, Long.class);
			return (count != null) ? count : Double.NaN;
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
