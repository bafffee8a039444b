package org.smrdesk.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Two database roles, least privilege: Flyway migrates as the owner
 * ({@code SMR_DB_MIGRATE_USER} / {@code SMR_DB_MIGRATE_PASSWORD}, or Spring Boot's own
 * {@code spring.flyway.user} / {@code spring.flyway.password}); the application runs as
 * the runtime role ({@code SMR_DB_USER}), which after every migration is granted rows
 * only (SELECT, INSERT, UPDATE, DELETE; no DDL, no TRUNCATE), and on the append-only
 * tables (the audit log, the incident timeline, attachments) SELECT and INSERT only. When
 * no owner is configured the runtime role migrates, with a warning, and keeps what it
 * owns.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseRolesConfiguration {

	private static final Log logger = LogFactory.getLog(DatabaseRolesConfiguration.class);

	private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

	/** Tables the runtime role may only read and append to. */
	static final List<String> APPEND_ONLY = List.of("audit_log", "incident_timeline_entries");

	@Bean
	FlywayConfigurationCustomizer migrateAsOwner(@Value("${smr.db.migrate-user:}") String user,
			@Value("${smr.db.migrate-password:}") String password, ObjectProvider<JdbcConnectionDetails> connection) {
		return (configuration) -> {
			JdbcConnectionDetails details = connection.getIfAvailable();
			if (StringUtils.hasText(user) && details != null) {
				configuration.dataSource(details.getJdbcUrl(), user, password);
			}
		};
	}

	@Bean
	Callback runtimeRoleGrants(ObjectProvider<DataSource> dataSource) {
		return new RuntimeRoleGrants(dataSource);
	}

	/**
	 * After every migration, as the owner: the runtime role gets rows only.
	 */
	static final class RuntimeRoleGrants implements Callback {

		/** The advisory lock that serialises the grants of nodes started together. */
		static final long GRANT_LOCK = 7_318_540_016L;

		private final ObjectProvider<DataSource> dataSource;

		RuntimeRoleGrants(ObjectProvider<DataSource> dataSource) {
			this.dataSource = dataSource;
		}

		@Override
		public boolean supports(Event event, Context context) {
			return event == Event.AFTER_MIGRATE;
		}

		@Override
		public boolean canHandleInTransaction(Event event, Context context) {
			return true;
		}

		@Override
		public void handle(Event event, Context context) {
			try {
				Connection owner = context.getConnection();
				String migrator = currentUser(owner);
				String runtime;
				try (Connection app = this.dataSource.getObject().getConnection()) {
					runtime = currentUser(app);
				}
				if (migrator.equals(runtime)) {
					logger.warn("The database was migrated by the role the application runs as (" + runtime
							+ "): it may change the schema and the append-only records. Set SMR_DB_MIGRATE_USER and "
							+ "SMR_DB_MIGRATE_PASSWORD to the owner, and SMR_DB_USER to a role with rows only.");
					return;
				}
				if (!ROLE_NAME.matcher(runtime).matches()) {
					throw new IllegalStateException("Unexpected runtime role name: " + runtime);
				}
				// nodes started together on one database: PostgreSQL refuses a GRANT on
				// objects whose grants another transaction changed meanwhile ("tuple
				// concurrently updated"), so one node grants at a time, and the next only
				// after the first has committed: inside Flyway's transaction the lock is
				// the
				// transaction's (a session lock released before the commit let the next
				// node
				// in too early)
				try (Statement lock = owner.createStatement()) {
					if (!owner.getAutoCommit()) {
						lock.execute("select pg_advisory_xact_lock(" + GRANT_LOCK + ")");
						grant(owner, runtime);
						return;
					}
					lock.execute("select pg_advisory_lock(" + GRANT_LOCK + ")");
					try {
						grant(owner, runtime);
					}
					finally {
						lock.execute("select pg_advisory_unlock(" + GRANT_LOCK + ")");
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not grant the runtime role its rights", ex);
			}
		}

		private static void grant(Connection owner, String runtime) throws SQLException {
			String role = '"' + runtime + '"';
			List<String> appendOnly = new ArrayList<>();
			try (Statement statement = owner.createStatement();
					ResultSet tables = statement.executeQuery(
							"""
									select quote_ident(tablename) from pg_tables
									where schemaname = current_schema()
									  and (tablename in ('audit_log', 'incident_timeline_entries') or tablename like '%attachments')""")) {
				while (tables.next()) {
					appendOnly.add(tables.getString(1));
				}
			}
			try (Statement statement = owner.createStatement()) {
				statement.execute("grant usage on schema " + schema(owner) + " to " + role);
				statement.execute("revoke all on all tables in schema " + schema(owner) + " from " + role);
				statement.execute("grant select, insert, update, delete on all tables in schema " + schema(owner)
						+ " to " + role);
				statement.execute("grant usage, select on all sequences in schema " + schema(owner) + " to " + role);
				statement.execute("revoke all on flyway_schema_history from " + role);
				for (String table : appendOnly) {
					statement.execute("revoke update, delete, truncate on " + table + " from " + role);
				}
			}
			logger.info("The runtime role " + runtime + " may read and write rows; " + String.join(", ", appendOnly)
					+ " are read and append only");
		}

		private static String schema(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select quote_ident(current_schema())")) {
				result.next();
				return result.getString(1);
			}
		}

		private static String currentUser(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select current_user")) {
				result.next();
				return result.getString(1);
			}
		}

		@Override
		public String getCallbackName() {
			return "runtime role grants";
		}

	}

}
