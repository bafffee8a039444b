package org.smrdesk.core;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import org.postgresql.PGStatement;

/**
 * How PostgreSQL plans each statement of the application's pool. Most statements keep
 * PostgreSQL's plan cache: a statement run again on a connection is prepared on the
 * server (the driver's {@code prepareThreshold}) and, once PostgreSQL finds its generic
 * plan as good as the plans made for the values at hand, planned no more. For a detail
 * page that joins a few tables, planning cost several times what running did (the
 * incident with 50 timeline entries: 2.5 ms to plan its timeline statement, 0.5 ms to run
 * it, on the large dataset).
 * <p>
 * A statement whose filters a parameter switches on or off, the catch-all
 * {@code (:x is null or col = :x)}, {@code (:text = '' or ...)} or
 * {@code (:restricted = false or ...)}, has no good generic plan: the plan must use the
 * filters actually set (a generic plan cannot use the index of a filter that may be off,
 * and walked or sorted whole tables at 100 k rows). Such a statement is sent unnamed, so
 * PostgreSQL plans it for its values every time ({@link #plannedForItsValues}).
 * Statements built from the filters actually set (for example
 * {@code activity.ActivitySearch}) need no such care.
 */
public final class StatementPlanning implements QueryExecutionListener {

	private static final Pattern CATCH_ALL = Pattern.compile(
			"(?:\\?|cast\\(\\?\\s+as\\s+[\\w ]+\\))\\s*(?:is\\s+null|=\\s*''|=\\s*(?:false|true))\\s+or\\s",
			Pattern.CASE_INSENSITIVE);

	private static final int REMEMBERED = 4096;

	private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

	/**
	 * Whether PostgreSQL must plan a statement for the values at hand every time.
	 * @param sql the statement as sent (JDBC placeholders)
	 * @return whether a parameter switches one of its filters on or off
	 */
	public static boolean plannedForItsValues(String sql) {
		return CATCH_ALL.matcher(sql).find();
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (queries.size() != 1 || !decide(queries.get(0).getQuery())) {
			return;
		}
		Statement statement = execution.getStatement();
		try {
			if (statement != null && statement.isWrapperFor(PGStatement.class)) {
				statement.unwrap(PGStatement.class).setPrepareThreshold(0);
			}
		}
		catch (SQLException ex) {
			// a closed statement fails on execution with its own message
		}
	}

	private boolean decide(String sql) {
		Boolean known = this.decided.get(sql);
		if (known != null) {
			return known;
		}
		boolean catchAll = plannedForItsValues(sql);
		if (this.decided.size() >= REMEMBERED) {
			this.decided.clear();
		}
		this.decided.put(sql, catchAll);
		return catchAll;
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

}
