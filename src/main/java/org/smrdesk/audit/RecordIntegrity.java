package org.smrdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chains over the audit log and the incident timeline (migrations V7 and V48):
 * seals new rows into the chain shortly after they are written, and verifies the chains,
 * reporting any row whose values, hash, or place in the chain no longer match: a row
 * changed, removed or slipped in by someone with more rights than the application (the
 * database owner, say). Runs on a schedule and on the lead's integrity page.
 */
@Service
public class RecordIntegrity {

	private static final Log logger = LogFactory.getLog(RecordIntegrity.class);

	private static final int MAX_REPORTED = 100;

	private static final String AUDIT_BREAKS = """
			select e.id, e.chain_position from audit_log e
			join (select id, lag(row_hash) over w as expected_previous, lag(chain_position) over w as previous_position
			      from audit_log where chain_position is not null window w as (order by chain_position)) x on x.id = e.id
			where e.previous_hash is distinct from coalesce(x.expected_previous, '')
			   or e.chain_position <> coalesce(x.previous_position, 0) + 1
			   or e.row_hash is distinct from audit_log_row_hash(e.chain_position, e.previous_hash, e.id, e.actor,
			          e.occurred_at, e.action, e.entity_type, e.entity_id, e.changed_fields)
			order by e.chain_position limit ?""";

	private static final String TIMELINE_BREAKS = """
			select e.id, e.chain_position from incident_timeline_entries e
			join (select id, lag(row_hash) over w as expected_previous, lag(chain_position) over w as previous_position
			      from incident_timeline_entries where chain_position is not null
			      window w as (order by chain_position)) x on x.id = e.id
			where e.previous_hash is distinct from coalesce(x.expected_previous, '')
			   or e.chain_position <> coalesce(x.previous_position, 0) + 1
			   or e.row_hash is distinct from incident_timeline_row_hash(e.chain_position, e.previous_hash, e)
			order by e.chain_position limit ?""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RecordIntegrity(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Puts the rows written since the last seal into the chains.
	 */
	@Transactional
	public void seal() {
		this.jdbc.queryForObject("select seal_audit_log()", Integer.class);
		this.jdbc.queryForObject("select seal_incident_timeline()", Integer.class);
	}

	/**
	 * The scheduled seal, on one node at a time.
	 */
	@Transactional
	@Scheduled(initialDelayString = "${smr.security.seal-interval:30s}",
			fixedDelayString = "${smr.security.seal-interval:30s}")
	@SchedulerLock(name = "audit-seal", lockAtMostFor = "PT10M", lockAtLeastFor = "PT2S")
	public void scheduledSeal() {
		seal();
	}

	/**
	 * Seals, then checks both chains from the start.
	 * @return what was found
	 */
	@Transactional
	public Report verify() {
		seal();
		List<Break> breaks = new ArrayList<>();
		breaks.addAll(breaks("audit_log", AUDIT_BREAKS));
		breaks.addAll(breaks("incident_timeline_entries", TIMELINE_BREAKS));
		long audit = count("audit_log");
		long timeline = count("incident_timeline_entries");
		return new Report(this.clock.instant(), audit, timeline, breaks);
	}

	/**
	 * The scheduled check: a broken chain is an error in the application log.
	 */
	@Scheduled(initialDelayString = "${smr.security.integrity-check-interval:15m}",
			fixedDelayString = "${smr.security.integrity-check-interval:15m}")
	@SchedulerLock(name = "audit-integrity-check", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void scheduledCheck() {
		Report report = verify();
		if (report.intact()) {
			logger.info("Record integrity: " + report.auditRows() + " audit rows and " + report.timelineRows()
					+ " timeline entries, chains intact");
		}
		else {
			report.breaks()
				.forEach((b) -> logger.error("Record integrity: " + b.table() + " row " + b.id() + " (position "
						+ b.position() + ") does not match its hash chain: changed, removed or inserted outside "
						+ "the application"));
		}
	}

	private List<Break> breaks(String table, String sql) {
		return this.jdbc.query(sql, (rs, n) -> new Break(table, rs.getLong(1), rs.getLong(2)), MAX_REPORTED);
	}

	private long count(String table) {
		Long count = this.jdbc.queryForObject("select count(*) from " + table + " where chain_position is not null",
				Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * The result of a check.
	 *
	 * @param checkedAt when
	 * @param auditRows sealed audit rows checked
	 * @param timelineRows sealed timeline entries checked
	 * @param breaks rows that do not match the chain (at most 100 per table)
	 */
	public record Report(Instant checkedAt, long auditRows, long timelineRows, List<Break> breaks) {

		public boolean intact() {
			return this.breaks.isEmpty();
		}

	}

	/**
	 * A row that does not match its chain.
	 *
	 * @param table the table
	 * @param id the row's id
	 * @param position its place in the chain
	 */
	public record Break(String table, long id, long position) {
	}

}
