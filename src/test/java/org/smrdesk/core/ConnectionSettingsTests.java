package org.smrdesk.core;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pooled connection gets the planner settings measured on the large dataset
 * (application.properties): custom plans for prepared statements, a random page cost for
 * SSDs, and no JIT compilation (the dashboards' and reports' aggregates spent longer
 * compiling than running).
 */
@IntegrationTest
class ConnectionSettingsTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void pooledConnectionsPlanForTheDataAtHandAndDoNotCompileQueries() {
		assertThat(this.jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class))
			.isEqualTo("force_custom_plan");
		assertThat(this.jdbc.queryForObject("select current_setting('random_page_cost')", String.class))
			.isEqualTo("1.1");
		assertThat(this.jdbc.queryForObject("select current_setting('jit')", String.class)).isEqualTo("off");
	}

}
