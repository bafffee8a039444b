package org.smrdesk.core;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pooled connection gets the planner settings measured on the large dataset
 * (application.properties): PostgreSQL's plan cache (statements with catch-all filters
 * are planned for their values: {@link StatementPlanningTests}), a random page cost for
 * SSDs, and no JIT compilation (the dashboards' and reports' aggregates spent longer
 * compiling than running). The request pool (the session read and the rights check on
 * every request) plans its lookups once too.
 */
@IntegrationTest
class ConnectionSettingsTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@SpringSessionDataSource
	private DataSource requestPool;

	@Test
	void theRequestPoolPlansItsLookupsOnceAsTheSameDatabaseUser() {
		JdbcTemplate request = new JdbcTemplate(this.requestPool);
		assertThat(request.queryForObject("select current_setting('plan_cache_mode')", String.class)).isEqualTo("auto");
		assertThat(request.queryForObject("select current_user", String.class))
			.isEqualTo(this.jdbc.queryForObject("select current_user", String.class));
		assertThat(request.queryForObject("select current_database()", String.class))
			.isEqualTo(this.jdbc.queryForObject("select current_database()", String.class));
	}

	@Test
	void pooledConnectionsKeepThePlanCacheAndDoNotCompileQueries() {
		assertThat(this.jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class))
			.isEqualTo("auto");
		assertThat(this.jdbc.queryForObject("select current_setting('random_page_cost')", String.class))
			.isEqualTo("1.1");
		assertThat(this.jdbc.queryForObject("select current_setting('jit')", String.class)).isEqualTo("off");
	}

}
