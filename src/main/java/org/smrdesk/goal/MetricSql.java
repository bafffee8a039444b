package org.smrdesk.goal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smrdesk.core.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs metrics' figures over many windows in one statement: the windows are unnested into
 * rows {@code w(f, t, fi, ti, d, s, q, k)} (first day, day after the last, the same two
 * as moments at midnight in the company zone, department, service, query, and which
 * metric) and the metric's expression is evaluated once per row. The metrics' queries are
 * owned here and only read other features' tables (never their repositories).
 */
@Component
class MetricSql {

	private final JdbcTemplate jdbc;

	private final Times times;

	MetricSql(JdbcTemplate jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	/**
	 * Evaluates a metric's expression (which may refer to {@code w.f}, {@code w.t},
	 * {@code w.fi}, {@code w.ti}, {@code w.d}, {@code w.s}, {@code w.q}) for each window.
	 * @param query the expression, its {@code ?} bound to its arguments
	 * @param windows the windows
	 * @return one figure per window, null where the expression is null
	 */
	List<Double> perWindow(Metric.Query query, List<Window> windows) {
		return perWindow(List.of(query), windows, java.util.Collections.nCopies(windows.size(), 0));
	}

	/**
	 * Evaluates several metrics' expressions in one statement: window {@code i} is
	 * measured by {@code queries.get(which.get(i))} (a {@code case} picks the one
	 * sub-select to run per window row).
	 * @param queries the expressions
	 * @param windows the windows
	 * @param which for each window, the index of its expression
	 * @return one figure per window, null where the expression is null
	 */
	List<Double> perWindow(List<Metric.Query> queries, List<Window> windows, List<Integer> which) {
		if (windows.isEmpty()) {
			return List.of();
		}
		StringBuilder select = new StringBuilder("select (case w.k");
		for (int i = 0; i < queries.size(); i++) {
			select.append(" when ").append(i).append(" then (").append(queries.get(i).expression()).append(")::float8");
		}
		String sql = select + " end) from unnest(?::date[], ?::date[], ?::text[]::timestamptz[], "
				+ "?::text[]::timestamptz[], ?::bigint[], ?::bigint[], ?::bigint[], ?::int[]) "
				+ "with ordinality as w(f, t, fi, ti, d, s, q, k, n) order by w.n";
		return this.jdbc.query(sql, (ps) -> {
			int i = 1;
			for (Metric.Query query : queries) {
				for (Object arg : query.args()) {
					ps.setObject(i++, arg);
				}
			}
			Connection c = ps.getConnection();
			ps.setArray(i++, array(c, "date", windows.stream().map((w) -> java.sql.Date.valueOf(w.from())).toList()));
			ps.setArray(i++, array(c, "date", windows.stream().map((w) -> java.sql.Date.valueOf(w.to())).toList()));
			ps.setArray(i++, array(c, "text", windows.stream().map((w) -> midnight(w.from())).toList()));
			ps.setArray(i++, array(c, "text", windows.stream().map((w) -> midnight(w.to())).toList()));
			ps.setArray(i++, array(c, "bigint", windows.stream().map(Window::departmentId).toList()));
			ps.setArray(i++, array(c, "bigint", windows.stream().map(Window::serviceId).toList()));
			ps.setArray(i++, array(c, "bigint", windows.stream().map(Window::queryId).toList()));
			ps.setArray(i, array(c, "integer", which));
		}, (rs, row) -> {
			double value = rs.getDouble(1);
			return rs.wasNull() ? null : value;
		});
	}

	/**
	 * Midnight in the company zone, as ISO 8601 with its offset (no JVM or session zone
	 * involved).
	 */
	private String midnight(LocalDate day) {
		return day.atStartOfDay(this.times.companyZone()).toOffsetDateTime().toString();
	}

	private static Array array(Connection connection, String type, List<?> values) throws SQLException {
		return connection.createArrayOf(type, new ArrayList<>(values).toArray());
	}

}
