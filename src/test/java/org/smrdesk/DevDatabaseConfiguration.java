package org.smrdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For {@code ./mvnw spring-boot:run}: an embedded PostgreSQL whose data stays in
 * {@code .data/postgres} (git-ignored) between runs, unless {@code SMR_DB_URL} names a
 * server.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnExpression("'${SMR_DB_URL:}'.isEmpty()")
class DevDatabaseConfiguration {

	static final Path DATA = Path.of(".data", "postgres");

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres() {
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(DATA.toAbsolutePath())
				.setCleanDataDirectory(false)
				.setPort(Integer.parseInt(System.getenv().getOrDefault("SMR_DEV_DB_PORT", "54329")))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + DATA.toAbsolutePath(), ex);
		}
	}

	@Bean
	JdbcConnectionDetails devDatabase(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

		};
	}

}
