package org.smrdesk.core;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How PostgreSQL plans the application's statements ({@link StatementPlanning}): a
 * statement run again on a connection is prepared on the server and may get a generic
 * plan; one with a catch-all filter is planned for its values every time, on the same
 * connection and through the same pool as the pages' statements.
 */
@IntegrationTest
class StatementPlanningTests {

	private static final String LOOKUP = "select id, name from departments where id = ? /* planning test: lookup */";

	private static final String CATCH_ALL = "select id, name from departments where (cast(? as bigint) is null or id = ?) "
			+ "/* planning test: catch-all */";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aStatementRunAgainIsPreparedOnTheServerAndOneWithACatchAllFilterIsNot() {
		List<Map<String, Object>> prepared = this.transactions.execute((status) -> {
			for (int i = 0; i < 12; i++) {
				this.jdbc.queryForList(LOOKUP, (long) i);
				this.jdbc.queryForList(CATCH_ALL, (long) i, (long) i);
			}
			// same transaction, so same connection: its prepared statements
			return this.jdbc.queryForList("""
					select statement, generic_plans, custom_plans from pg_prepared_statements
					where statement like '%planning test%'""");
		});
		assertThat(prepared).hasSize(1);
		assertThat(prepared.get(0).get("statement").toString()).contains("planning test: lookup");
		assertThat((Long) prepared.get(0).get("generic_plans")).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "select * from t where (? is null or t.kind = ?)",
			"select * from t where (? IS NULL OR t.kind=?) and t.id > 0",
			"select * from t where (?='' or lower(t.name) like ('%'||?||'%') escape '')",
			"select * from t where (? = false or t.id in (select 1))", "select * from t where (?=true or t.shared)",
			"update t set s = 1 where id = ? and (cast(? as bigint) is null or version = ?)" })
	void catchAllFiltersArePlannedForTheirValues(String sql) {
		assertThat(StatementPlanning.plannedForItsValues(sql)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "select * from t where t.id = ?", "select * from t where t.kind is null or t.id = ?",
			"select * from t where t.name = '' or t.id = ?", "select * from t where t.flag = false or t.id = ?",
			"select * from t where t.id = ? and t.parent_id is null" })
	void otherStatementsKeepThePlanCache(String sql) {
		assertThat(StatementPlanning.plannedForItsValues(sql)).isFalse();
	}

}
