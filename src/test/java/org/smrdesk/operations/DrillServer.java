package org.smrdesk.operations;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smrdesk.TestDatabases;
import org.smrdesk.TestDatabases.Database;

/**
 * A PostgreSQL server whose version pg_dump and pg_restore can handle, for the backup
 * drill: the tests' own server when the client tools are at least as new, otherwise a
 * private server started from the tools' own directory (as the tests' embedded PostgreSQL
 * may be newer than the installed client). {@link #find()} answers null when no
 * PostgreSQL client tools are installed.
 */
final class DrillServer {

	private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*");

	final Path bin;

	private final String url;

	private final String superuser;

	private final String password;

	private final boolean shared;

	private DrillServer(Path bin, String url, String superuser, String password, boolean shared) {
		this.bin = bin;
		this.url = url;
		this.superuser = superuser;
		this.password = password;
		this.shared = shared;
	}

	static DrillServer find() throws Exception {
		Path bin = clientTools();
		if (bin == null) {
			return null;
		}
		int tools = major(run(bin, List.of("pg_dump", "--version")));
		Database tests = TestDatabases.get();
		String[] superuser = TestDatabases.superuser();
		int server;
		try (Connection connection = DriverManager.getConnection(tests.url(), superuser[0], superuser[1]);
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select current_setting('server_version_num')::int / 10000")) {
			result.next();
			server = result.getInt(1);
		}
		if (server <= tools) {
			return new DrillServer(bin, tests.url(), superuser[0], superuser[1], true);
		}
		if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
			return null;
		}
		return startPrivate(bin);
	}

	private static Path clientTools() {
		List<Path> candidates = new ArrayList<>();
		File[] installed = new File("/usr/lib/postgresql").listFiles();
		if (installed != null) {
			for (File version : installed) {
				candidates.add(version.toPath().resolve("bin"));
			}
		}
		candidates.sort(
				Comparator
					.comparing((Path p) -> p.getParent().getFileName().toString(),
							Comparator.comparingInt((String v) -> v.matches("\\d+") ? Integer.parseInt(v) : 0))
					.reversed());
		return candidates.stream()
			.filter((dir) -> Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))
					&& Files.isExecutable(dir.resolve("psql")))
			.findFirst()
			.orElse(null);
	}

	private static DrillServer startPrivate(Path bin) throws Exception {
		Path data = Files.createTempDirectory("smr-drill-pg");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		run(bin, List.of("initdb", "-A", "trust", "-U", "postgres", "-E", "UTF-8", "-D",
				data.resolve("data").toString()));
		run(bin, List.of("pg_ctl", "-D", data.resolve("data").toString(), "-w", "-l", data.resolve("log").toString(),
				"-o", "-p " + port + " -k " + data + " -c fsync=off -c listen_addresses=127.0.0.1"));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				run(bin, List.of("pg_ctl", "-D", data.resolve("data").toString(), "-m", "immediate", "stop"));
			}
			catch (Exception ex) {
				// the JVM is ending
			}
		}));
		return new DrillServer(bin, "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "", false);
	}

	/**
	 * An empty database with an owner and a runtime role of its own.
	 * @param prefix the start of its name
	 * @return where to connect
	 */
	Database create(String prefix) throws SQLException {
		if (this.shared) {
			return TestDatabases.isolated(prefix);
		}
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String name = prefix + "_" + suffix;
		try (Connection connection = DriverManager.getConnection(this.url, this.superuser, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("create role " + prefix + "_owner_" + suffix + " login password 'o" + suffix + "'");
			statement.execute("create role " + prefix + "_app_" + suffix + " login password 'a" + suffix + "'");
			statement.execute("create database " + name + " owner " + prefix + "_owner_" + suffix);
		}
		return new Database(this.url.replace("/postgres", "/" + name), prefix + "_app_" + suffix, "a" + suffix, "drill",
				prefix + "_owner_" + suffix, "o" + suffix);
	}

	/**
	 * Runs a client tool as the database's owner (libpq settings from the JDBC URL).
	 * @param database the database
	 * @param command the tool and its arguments
	 * @return the result
	 */
	Result client(Database database, List<String> command) throws Exception {
		Matcher jdbc = JDBC.matcher(database.url());
		if (!jdbc.matches()) {
			throw new IllegalStateException("Unexpected URL " + database.url());
		}
		Map<String, String> env = Map.of("PGHOST", jdbc.group(1), "PGPORT", jdbc.group(2), "PGUSER",
				database.ownerUsername(), "PGPASSWORD", database.ownerPassword(), "PG_BIN", this.bin.toString());
		return exec(command, env);
	}

	static String databaseName(Database database) {
		Matcher jdbc = JDBC.matcher(database.url());
		return jdbc.matches() ? jdbc.group(3) : null;
	}

	record Result(int exit, String output) {
	}

	private static String run(Path bin, List<String> command) throws Exception {
		List<String> full = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name")) && !command.get(0).startsWith("pg_dump")) {
			// PostgreSQL refuses to run as root: in a user namespace it runs as nobody
			full.addAll(List.of("unshare", "-U"));
		}
		full.add(bin.resolve(command.get(0)).toString());
		full.addAll(command.subList(1, command.size()));
		Result result = exec(full, Map.of());
		if (result.exit() != 0) {
			throw new IllegalStateException(String.join(" ", full) + " failed: " + result.output());
		}
		return result.output();
	}

	private static Result exec(List<String> command, Map<String, String> env) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish");
		}
		return new Result(process.exitValue(), output);
	}

	private static int major(String version) {
		Matcher matcher = Pattern.compile("(\\d+)(?:\\.\\d+)?").matcher(version);
		if (!matcher.find()) {
			throw new IllegalStateException("No version in " + version);
		}
		return Integer.parseInt(matcher.group(1));
	}

}
