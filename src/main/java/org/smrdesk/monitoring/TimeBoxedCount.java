package org.smrdesk.monitoring;

import java.sql.SQLException;
import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A count that gives up after a time budget instead of holding the page: PostgreSQL's
 * {@code statement_timeout}, set for this one statement behind a savepoint, so the
 * surrounding transaction stays usable and keeps its own timeout whether the count
 * finishes or is cancelled. Outside a transaction the count runs without a budget.
 */
@Component
class TimeBoxedCount {

	/** PostgreSQL's SQLSTATE for a statement cancelled by its timeout. */
	private static final String QUERY_CANCELED = "57014";

	private final NamedParameterJdbcTemplate jdbc;

	TimeBoxedCount(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs a query that answers one number, within a time budget.
	 * @param sql the query
	 * @param params its parameters
	 * @param budget the longest it may take
	 * @return the number, or null when the budget ran out first
	 */
	Long count(String sql, SqlParameterSource params, Duration budget) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.jdbc.queryForObject(sql, params, Long.class);
		}
		this.jdbc.getJdbcOperations()
			.execute("savepoint time_boxed_count; set local statement_timeout = " + Math.max(1, budget.toMillis()));
		try {
			Long count = this.jdbc.queryForObject(sql, params, Long.class);
			return (count != null) ? count : 0L;
		}
		catch (DataAccessException ex) {
			if (cancelled(ex)) {
				return null;
			}
			throw ex;
		}
		finally {
			// undoes the SET LOCAL too (and the aborted state after a cancel)
			this.jdbc.getJdbcOperations()
				.execute("rollback to savepoint time_boxed_count; release savepoint time_boxed_count");
		}
	}

	private static boolean cancelled(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
