package org.smrdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For {@code ./mvnw spring-boot:run}: an embedded PostgreSQL whose data stays in
 * {@code .data/postgres} (git-ignored) between runs, unless {@code SMR_DB_URL} names a
 * server. As in production, Flyway migrates as the owner ({@code postgres} here) and the
 * application runs as {@code smr_app}, a role with rows only, created when missing.
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

	static final String RUNTIME_ROLE = "smr_app";

	@Bean
	FlywayConnectionDetails devDatabaseOwner(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new FlywayConnectionDetails() {

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

	@Bean
	JdbcConnectionDetails devDatabase(EmbeddedPostgres postgres) {
		// no user in the URL: PgJDBC lets a URL's user override the runtime role's
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("""
					do $$ begin
					  if not exists (select from pg_roles where rolname = 'smr_app') then
					    create role smr_app login password 'smr_app';
					  end if;
					end $$""");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the runtime role " + RUNTIME_ROLE, ex);
		}
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return RUNTIME_ROLE;
			}

			@Override
			public String getPassword() {
				return RUNTIME_ROLE;
			}

		};
	}

}
