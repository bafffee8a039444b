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
 * Runs a metric's figure over many windows in one statement: the windows are unnested
 * into rows {@code w(f, t, fi, ti, d, s, q)} (first day, day after the last, the same two
 * as moments at midnight in the company zone, department, service, query) and the
 * metric's expression is evaluated once per row. The metrics' queries are owned here and
 * only read other features' tables (never their repositories).
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
	 * Evaluates {@code expression} (which may refer to {@code w.f}, {@code w.t},
	 * {@code w.fi}, {@code w.ti}, {@code w.d}, {@code w.s}, {@code w.q}) for each window.
	 * @param expression a scalar SQL expression (a sub-select), its {@code ?} bound to
	 * {@code args}
	 * @param windows the windows
	 * @param args the expression's parameters
	 * @return one figure per window, null where the expression is null
	 */
	List<Double> perWindow(String expression, List<Window> windows, Object... args) {
		if (windows.isEmpty()) {
			return List.of();
		}
		String sql = "select (" + expression + ")::float8 from unnest(?::date[], ?::date[], ?::text[]::timestamptz[], "
				+ "?::text[]::timestamptz[], ?::bigint[], ?::bigint[], ?::bigint[]) with ordinality as w(f, t, fi, ti, d, s, q, n) "
				+ "order by w.n";
		return this.jdbc.query(sql, (ps) -> {
			int i = 1;
			for (Object arg : args) {
				ps.setObject(i++, arg);
			}
			Connection c = ps.getConnection();
			ps.setArray(i++, array(c, "date", windows.stream().map((w) -> java.sql.Date.valueOf(w.from())).toList()));
			ps.setArray(i++, array(c, "date", windows.stream().map((w) -> java.sql.Date.valueOf(w.to())).toList()));
			ps.setArray(i++, array(c, "text", windows.stream().map((w) -> midnight(w.from())).toList()));
			ps.setArray(i++, array(c, "text", windows.stream().map((w) -> midnight(w.to())).toList()));
			ps.setArray(i++, array(c, "bigint", windows.stream().map(Window::departmentId).toList()));
			ps.setArray(i++, array(c, "bigint", windows.stream().map(Window::serviceId).toList()));
			ps.setArray(i, array(c, "bigint", windows.stream().map(Window::queryId).toList()));
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
