package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled poll: one node at a time (ShedLock), and each due source claimed with
 * {@code FOR UPDATE SKIP LOCKED} so two pollers never take the same one. A claim moves
 * the source's next poll a lease ahead; the poll itself then sets the real next time.
 */
@Component
@ConditionalOnProperty(prefix = "smr.monitoring", name = "polling", havingValue = "true", matchIfMissing = true)
class PollScheduler {

	static final Duration LEASE = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	private final SourcePoller poller;

	private final MonitoringProperties properties;

	private final Clock clock;

	PollScheduler(JdbcTemplate jdbc, SourcePoller poller, MonitoringProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.poller = poller;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${smr.monitoring.poll-every:PT1M}",
			initialDelayString = "${smr.monitoring.poll-every:PT1M}")
	@SchedulerLock(name = "monitoring-poll", lockAtMostFor = "PT15M", lockAtLeastFor = "PT5S")
	void pollDueSources() {
		for (Long id : claimDue(this.jdbc, this.clock.instant(), this.properties.batchSize())) {
			this.poller.poll(id);
		}
	}

	/**
	 * Claims up to {@code limit} due sources in one statement: rows another poller holds
	 * are skipped, and the claimed ones are leased so no one else takes them until
	 * polled.
	 * @param jdbc the connection to claim on
	 * @param now the time
	 * @param limit how many at most
	 * @return the claimed sources
	 */
	static List<Long> claimDue(JdbcTemplate jdbc, Instant now, int limit) {
		return jdbc.queryForList("""
				update monitoring_sources set next_poll_at = ?
				where id in (select id from monitoring_sources
				             where enabled and kind <> 'PUSH' and next_poll_at <= ?
				             order by next_poll_at limit ? for update skip locked)
				returning id""", Long.class, Timestamp.from(now.plus(LEASE)), Timestamp.from(now), limit);
	}

}
