package org.smrdesk.monitoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the inbox reads a million mentions: the time orders come from an index (a page
 * reads 25 entries, never a sort of every mention), and the count gives up after its time
 * budget without harming the request's transaction.
 */
@IntegrationTest
class InboxPlanTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private TimeBoxedCount count;

	@Test
	void theTimeOrdersAreReadFromAnIndexNotSorted() {
		for (Sort sort : List.of(Sort.by(Sort.Direction.DESC, "fetchedAt"), Sort.by(Sort.Direction.ASC, "fetchedAt"),
				Sort.by(Sort.Direction.DESC, "publishedAt"), Sort.by(Sort.Direction.ASC, "publishedAt"))) {
			String plan = this.transactions.execute((status) -> {
				// a sort costs "disabled": any plan that still sorts cannot use an index
				this.jdbc.execute("set local enable_sort = off");
				return String.join("\n", this.jdbc.queryForList("explain " + MentionSearch.SELECT
						+ " where m.state = 'NEW'" + MentionOrder.orderBy(sort) + " limit 25", String.class));
			});
			assertThat(plan).as("%s:%n%s", sort, plan).doesNotContain("Sort");
		}
	}

	@Test
	void aCountOverItsBudgetGivesUpAndTheTransactionGoesOn() {
		List<Object> results = this.transactions.execute((status) -> {
			String before = this.jdbc.queryForObject("show statement_timeout", String.class);
			Long slow = this.count.count("select count(*) from (select pg_sleep(5)) s", new MapSqlParameterSource(),
					java.time.Duration.ofMillis(50));
			Long fast = this.count.count("select count(*) from generate_series(1, :n)",
					new MapSqlParameterSource("n", 42), java.time.Duration.ofSeconds(30));
			return List.of(String.valueOf(slow), fast, before,
					this.jdbc.queryForObject("show statement_timeout", String.class));
		});
		assertThat(results.get(0)).as("the count that could not finish").isEqualTo("null");
		assertThat(results.get(1)).as("the count within its budget").isEqualTo(42L);
		assertThat(results.get(3)).as("the transaction's own timeout afterwards").isEqualTo(results.get(2));
	}

	@Test
	void outsideATransactionTheCountRunsWithoutABudget() {
		assertThat(this.count.count("select count(*) from generate_series(1, 7)", new MapSqlParameterSource(),
				java.time.Duration.ofMillis(1)))
			.isEqualTo(7L);
	}

}
