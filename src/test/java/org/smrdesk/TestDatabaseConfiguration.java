package org.smrdesk;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Hands the application under test a throwaway real PostgreSQL (see
 * {@link TestDatabases}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabase() {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return TestDatabases.get().url();
			}

			@Override
			public String getUsername() {
				return TestDatabases.get().username();
			}

			@Override
			public String getPassword() {
				return TestDatabases.get().password();
			}

		};
	}

}
