package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the poll log to its last {@code smr.monitoring.poll-log-keep} (30 days unless
 * set): a source polled every five minutes writes almost 9,000 entries a month. Once a
 * day, on one node (ShedLock).
 */
@Component
class PollLogPruner {

	private final JdbcTemplate jdbc;

	private final MonitoringProperties properties;

	private final Clock clock;

	PollLogPruner(JdbcTemplate jdbc, MonitoringProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${smr.monitoring.poll-log-prune-cron:0 17 3 * * *}")
	@SchedulerLock(name = "monitoring-poll-log-prune", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void prune() {
		pruneOlderThanKept();
	}

	/**
	 * Deletes the entries older than the kept period.
	 * @return how many were deleted
	 */
	int pruneOlderThanKept() {
		return this.jdbc.update("delete from monitoring_poll_log where polled_at < ?",
				Timestamp.from(this.clock.instant().minus(this.properties.pollLogKeep())));
	}

}
