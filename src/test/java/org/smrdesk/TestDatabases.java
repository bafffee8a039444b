package org.smrdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real, throwaway PostgreSQL for the tests, chosen once per test JVM:
 * <ol>
 * <li>Testcontainers, where a Docker engine is available;</li>
 * <li>otherwise a fresh database on the server given by {@code SMR_TEST_DB_URL} (with
 * {@code SMR_TEST_DB_USER}, {@code SMR_TEST_DB_PASSWORD}), dropped when the tests
 * end;</li>
 * <li>otherwise an embedded PostgreSQL in a temporary folder.</li>
 * </ol>
 * Never the developer's own data, never H2. As in production, two roles use it: an owner
 * that Flyway migrates as, and the runtime role the application connects as, which may
 * only read and write rows (see {@code core.DatabaseRolesConfiguration}).
 */
public final class TestDatabases {

	private static Database database;

	private static String superuser;

	private static String superuserPassword;

	private TestDatabases() {
	}

	/**
	 * Where to connect.
	 *
	 * @param url the JDBC URL
	 * @param username the runtime role (rows only)
	 * @param password its password
	 * @param kind how it was started, for the log
	 * @param ownerUsername the owner, which Flyway migrates as
	 * @param ownerPassword its password
	 */
	public record Database(String url, String username, String password, String kind, String ownerUsername,
			String ownerPassword) {
	}

	public static synchronized Database get() {
		if (database == null) {
			database = start();
			System.out.println("Tests use " + database.kind() + " PostgreSQL at " + database.url());
		}
		return database;
	}

	/**
	 * Another empty database on the same server as {@link #get()}, for a test that needs
	 * a database of its own (the demo data, say). Dropped when the tests end.
	 * @param prefix the start of its name
	 * @return where to connect
	 */
	public static synchronized Database fresh(String prefix) {
		Database server = get();
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		execute(server.url(), superuser, superuserPassword, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(server.url(), superuser, superuserPassword,
					"drop database if exists " + name + " with (force)")));
		String url = server.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
		return new Database(url, superuser, superuserPassword, server.kind(), superuser, superuserPassword);
	}

	/**
	 * Another empty database on the same server as {@link #get()}, with an owner and a
	 * runtime role of its own, as in production (for tests that start whole application
	 * nodes on a database of their own). Dropped, with its roles, when the tests end.
	 * @param prefix the start of its name
	 * @return where to connect
	 */
	public static synchronized Database isolated(String prefix) {
		Database server = get();
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String name = prefix + "_" + suffix;
		String owner = prefix + "_owner_" + suffix;
		String runtime = prefix + "_app_" + suffix;
		execute(server.url(), superuser, superuserPassword,
				"create role " + owner + " login password 'o" + suffix + "'");
		execute(server.url(), superuser, superuserPassword,
				"create role " + runtime + " login password 'a" + suffix + "'");
		execute(server.url(), superuser, superuserPassword, "create database " + name + " owner " + owner);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			execute(server.url(), superuser, superuserPassword, "drop database if exists " + name + " with (force)");
			execute(server.url(), superuser, superuserPassword, "drop role if exists " + runtime);
			execute(server.url(), superuser, superuserPassword, "drop role if exists " + owner);
		}));
		String url = server.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
		return new Database(url, runtime, "a" + suffix, server.kind(), owner, "o" + suffix);
	}

	/**
	 * The server's superuser, for tests that create or drop databases themselves.
	 * @return user and password
	 */
	public static synchronized String[] superuser() {
		get();
		return new String[] { superuser, superuserPassword };
	}

	private static Database start() {
		String server = System.getenv("SMR_TEST_DB_URL");
		if (server != null && !server.isBlank()) {
			return throwawayDatabaseOn(server, env("SMR_TEST_DB_USER", "postgres"), env("SMR_TEST_DB_PASSWORD", ""),
					"a throwaway database on a local");
		}
		if (!"false".equals(System.getenv("SMR_TEST_DOCKER")) && dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return throwawayDatabaseOn(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		return embedded();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Database throwawayDatabaseOn(String serverUrl, String user, String password, String kind) {
		superuser = user;
		superuserPassword = password;
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String name = "smr_test_" + suffix;
		String owner = "smr_owner_" + suffix;
		String runtime = "smr_app_" + suffix;
		String ownerPassword = "owner-" + suffix;
		String runtimePassword = "app-" + suffix;
		execute(serverUrl, user, password, "create role " + owner + " login password '" + ownerPassword + "'");
		execute(serverUrl, user, password, "create role " + runtime + " login password '" + runtimePassword + "'");
		execute(serverUrl, user, password, "create database " + name + " owner " + owner);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			execute(serverUrl, user, password, "drop database if exists " + name + " with (force)");
			execute(serverUrl, user, password, "drop role if exists " + runtime);
			execute(serverUrl, user, password, "drop role if exists " + owner);
		}));
		String url = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
		return new Database(url, runtime, runtimePassword, kind, owner, ownerPassword);
	}

	/**
	 * A connection as the owner (for tests that show what even the owner cannot do
	 * unnoticed).
	 * @return a new connection; close it
	 * @throws SQLException when the database cannot be reached
	 */
	public static Connection ownerConnection() throws SQLException {
		Database db = get();
		return DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url, ex);
		}
	}

	private static Database embedded() {
		try {
			Path directory = Files.createTempDirectory("smr-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_connections", "200")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is ending; the temporary folder goes with it
				}
			}));
			// no user in the URL: PgJDBC lets a URL's user override the one the pool
			// connects as, and the application must connect as the runtime role
			return throwawayDatabaseOn("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
					"", "an embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start an embedded PostgreSQL", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
