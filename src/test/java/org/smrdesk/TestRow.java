package org.smrdesk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One row for a test, straight in the database: the columns the test cares about, the
 * auditing columns ({@code created_at}, {@code created_by}, {@code updated_at},
 * {@code updated_by}) filled in. Start from a typed default in {@link TestData}
 * ({@code TestData.channel(name)}, {@code TestData.activity(...)}, ...) or from
 * {@link #into(String)}, change what matters, then {@link #insert(JdbcTemplate)}:
 *
 * <pre>
 * long channel = TestData.channel("Blog " + unique).with("kind", "VIDEO").insert(jdbc);
 * </pre>
 */
public final class TestRow {

	private final String table;

	private final Map<String, Object> values = new LinkedHashMap<>();

	private final Map<String, String> expressions = new LinkedHashMap<>();

	private TestRow(String table, boolean auditable) {
		this.table = table;
		if (auditable) {
			sql("created_at", "now()").with("created_by", "test").sql("updated_at", "now()").with("updated_by", "test");
		}
	}

	/**
	 * A row of an auditable table (created and updated now, by {@code test}).
	 * @param table the table
	 * @return the row, without values yet
	 */
	public static TestRow into(String table) {
		return new TestRow(table, true);
	}

	/**
	 * A row of a table without auditing columns.
	 * @param table the table
	 * @return the row, without values yet
	 */
	public static TestRow plain(String table) {
		return new TestRow(table, false);
	}

	/**
	 * Sets a column to a value (bound as a parameter; {@code null} allowed).
	 * @param column the column
	 * @param value the value
	 * @return this row
	 */
	public TestRow with(String column, Object value) {
		this.expressions.remove(column);
		this.values.put(column, value);
		return this;
	}

	/**
	 * Sets a column to an SQL expression ({@code "current_date - 3"},
	 * {@code "now() + interval '1 day'"}).
	 * @param column the column
	 * @param expression the expression, written as is
	 * @return this row
	 */
	public TestRow sql(String column, String expression) {
		this.values.remove(column);
		this.expressions.put(column, expression);
		return this;
	}

	/**
	 * Inserts the row.
	 * @param jdbc the database
	 * @return its id
	 */
	public long insert(JdbcTemplate jdbc) {
		List<Object> parameters = new ArrayList<>();
		Map<String, String> columns = new LinkedHashMap<>();
		this.values.forEach((column, value) -> {
			columns.put(column, "?");
			parameters.add(value);
		});
		columns.putAll(this.expressions);
		String sql = "insert into " + this.table + " (" + String.join(", ", columns.keySet()) + ") values ("
				+ String.join(", ", columns.values()) + ") returning id";
		return jdbc.queryForObject(sql, Long.class, parameters.toArray());
	}

	@Override
	public String toString() {
		return this.table + " " + this.values + " " + this.expressions;
	}

}
