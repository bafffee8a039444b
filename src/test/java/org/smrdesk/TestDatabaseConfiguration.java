package org.smrdesk;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Hands the application under test a throwaway real PostgreSQL (see
 * {@link TestDatabases}): Flyway migrates as the owner, the application runs as the
 * runtime role.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/**
	 * Lets tests count the SQL statements of a request ({@link SqlStatementCounter}).
	 * @return the counter
	 */
	@Bean
	static SqlStatementCounter sqlStatementCounter() {
		return new SqlStatementCounter();
	}

	@Bean
	FlywayConnectionDetails testDatabaseOwner() {
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return TestDatabases.get().url();
			}

			@Override
			public String getUsername() {
				return TestDatabases.get().ownerUsername();
			}

			@Override
			public String getPassword() {
				return TestDatabases.get().ownerPassword();
			}

		};
	}

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
