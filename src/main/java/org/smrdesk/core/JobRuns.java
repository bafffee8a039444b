package org.smrdesk.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What every background job did last, one row per job in {@code job_runs}, written by the
 * node that ran it (so the lead's jobs page shows the runs of every node). Recording
 * never fails a job: when the database cannot take the row, a warning is logged.
 */
@Component
public class JobRuns {

	private static final Log logger = LogFactory.getLog(JobRuns.class);

	static final int MAX_ERROR = 2000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JobRuns(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void started(String job, String node) {
		write(job, """
				insert into job_runs (job_name, last_started_at, last_outcome, last_node) values (?, ?, 'RUNNING', ?)
				on conflict (job_name) do update set last_started_at = excluded.last_started_at,
				    last_outcome = 'RUNNING', last_node = excluded.last_node, retry_at = null""", job,
				Timestamp.from(this.clock.instant()), node);
	}

	void succeeded(String job, Duration took) {
		write(job, """
				update job_runs set last_finished_at = ?, last_duration_ms = ?, last_outcome = 'SUCCEEDED',
				    runs = runs + 1, consecutive_failures = 0, retry_at = null
				where job_name = ?""", Timestamp.from(this.clock.instant()), took.toMillis(), job);
	}

	void failed(String job, Duration took, Throwable error, Instant retryAt) {
		Timestamp now = Timestamp.from(this.clock.instant());
		write(job, """
				update job_runs set last_finished_at = ?, last_duration_ms = ?, last_outcome = 'FAILED',
				    runs = runs + 1, failures = failures + 1, consecutive_failures = consecutive_failures + 1,
				    last_error = ?, last_failed_at = ?, retry_at = ?
				where job_name = ?""", now, took.toMillis(), describe(error), now,
				(retryAt != null) ? Timestamp.from(retryAt) : null, job);
	}

	/**
	 * The last run of every job that has run on any node.
	 * @return the runs by job name
	 */
	public Map<String, JobRun> all() {
		Map<String, JobRun> runs = new LinkedHashMap<>();
		this.jdbc.query("select * from job_runs order by job_name", (ResultSet rs) -> {
			JobRun run = map(rs);
			runs.put(run.name(), run);
		});
		return runs;
	}

	private static JobRun map(ResultSet rs) throws SQLException {
		return new JobRun(rs.getString("job_name"), instant(rs, "last_started_at"), instant(rs, "last_finished_at"),
				(Long) rs.getObject("last_duration_ms"), rs.getString("last_outcome"), rs.getString("last_node"),
				rs.getLong("runs"), rs.getLong("failures"), rs.getInt("consecutive_failures"),
				rs.getString("last_error"), instant(rs, "last_failed_at"), instant(rs, "retry_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	static String describe(Throwable error) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = error; cause != null && text.length() < MAX_ERROR; cause = cause.getCause()) {
			if (!text.isEmpty()) {
				text.append(" <- ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return (text.length() > MAX_ERROR) ? text.substring(0, MAX_ERROR) : text.toString();
	}

	private void write(String job, String sql, Object... args) {
		try {
			this.jdbc.update(sql, args);
		}
		catch (DataAccessException ex) {
			logger.warn("Could not record a run of the job " + job + ": " + ex.getMessage());
		}
	}

	/**
	 * The last run of a job.
	 *
	 * @param name the job (its lock name)
	 * @param lastStartedAt when it last started, on any node
	 * @param lastFinishedAt when it last finished
	 * @param lastDurationMs how long that took
	 * @param lastOutcome {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
	 * @param lastNode the node that ran it
	 * @param runs runs in all
	 * @param failures failed runs in all
	 * @param consecutiveFailures failed runs since the last success
	 * @param lastError the last failure's exception and message
	 * @param lastFailedAt when it last failed
	 * @param retryAt when the failed run is tried again, if it is
	 */
	public record JobRun(String name, Instant lastStartedAt, Instant lastFinishedAt, Long lastDurationMs,
			String lastOutcome, String lastNode, long runs, long failures, int consecutiveFailures, String lastError,
			Instant lastFailedAt, Instant retryAt) {

		public boolean failing() {
			return "FAILED".equals(this.lastOutcome);
		}

	}

}
