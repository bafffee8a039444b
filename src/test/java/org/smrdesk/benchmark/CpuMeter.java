package org.smrdesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time spent by this JVM and by the PostgreSQL backends serving one database, so a
 * page's cost can be told apart from a busy machine: requests/s fall when other work
 * shares the cores, CPU time per request much less. Linux only ({@code /proc}); elsewhere
 * PostgreSQL counts as zero. The JVM's figure includes the in-process load generator, the
 * JIT and the garbage collector, as the bare page's does.
 */
public final class CpuMeter {

	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final double TICKS_PER_SECOND = 100;

	/**
	 * A backend's process title: "postgres: [cluster name: ]user database host(port) …"
	 * (the cluster name when {@code cluster_name} is set, as Debian does).
	 */
	private static final Pattern BACKEND = Pattern.compile("postgres: (?:\\S+: )?\\S+ (\\S+) \\S+\\(");

	private final String database;

	/**
	 * A meter of this JVM and of the backends serving a database.
	 * @param database the database's name, or null to count the JVM only
	 */
	public CpuMeter(String database) {
		this.database = database;
	}

	/**
	 * Nanoseconds of CPU used so far: this JVM's and PostgreSQL's for the database.
	 * @return the reading
	 */
	public Reading read() {
		return new Reading(jvmNanos(), postgresNanos());
	}

	private static long jvmNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	/**
	 * The backends' utime + stime, found by their process title ({@link #BACKEND}). A
	 * backend that ends between two readings loses its share: the benchmark's pooled
	 * connections stay open.
	 */
	private long postgresNanos() {
		if (this.database == null) {
			return 0;
		}
		long ticks = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
						.replace('\0', ' ');
					Matcher backend = BACKEND.matcher(command);
					if (!backend.lookingAt() || !this.database.equals(backend.group(1))) {
						continue;
					}
					String stat = Files.readString(process.resolve("stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					// after the command: state(0) ... utime(11) stime(12)
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
				catch (IOException | RuntimeException ex) {
					// the process ended while being read, or is not ours to read
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return (long) (ticks / TICKS_PER_SECOND * 1_000_000_000L);
	}

	/**
	 * CPU used, in nanoseconds.
	 *
	 * @param jvm by this JVM
	 * @param postgres by the database's backends
	 */
	public record Reading(long jvm, long postgres) {

		/**
		 * The CPU used since an earlier reading.
		 * @param earlier the earlier reading
		 * @return the difference
		 */
		public Reading minus(Reading earlier) {
			return new Reading(this.jvm - earlier.jvm, this.postgres - earlier.postgres);
		}

		/** Milliseconds of CPU per request over {@code requests}. */
		double millisPer(int requests, long nanos) {
			return (requests == 0) ? Double.NaN : nanos / 1e6 / requests;
		}

		double jvmMillisPer(int requests) {
			return millisPer(requests, this.jvm);
		}

		double postgresMillisPer(int requests) {
			return millisPer(requests, this.postgres);
		}

		double totalMillisPer(int requests) {
			return millisPer(requests, this.jvm + this.postgres);
		}

	}

}
