package org.smrdesk.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Request-thread CPU per page, measured alone: one client sends the pages one after the
 * other (after a warm-up), and the CPU time of the server's request threads
 * ({@link ThreadMXBean}) and of the PostgreSQL backends of the database
 * ({@link CpuMeter}) is divided by the number of requests. JIT compilation, GC and the
 * load generator are left out, so the figure barely moves with the machine's load. On
 * demand (tag {@code benchmark}):
 *
 * <pre>
 * ./mvnw test -Dtest.excludedGroups= -Dtest=RequestCpuProbeTests -Dbenchmark.db.url=... \
 *   '-Dprobe.plan=lead@example.com /,/goals;support@example.com /'
 * </pre>
 *
 * {@code -Dprobe.plan}: who asks for which pages (default the demo lead's home page);
 * {@code -Dprobe.requests}: how many of each are measured (default 300, after as many for
 * warming up). Writes {@code target/benchmarks/probe.md} and each page's HTML beside it.
 */
@Tag("benchmark")
class RequestCpuProbeTests {

	@Test
	void measure() throws Exception {
		int requests = Integer.getInteger("probe.requests", 300);
		String plan = System.getProperty("probe.plan", PageBenchmarkTests.LEAD + " /");
		Path out = Path.of("target/benchmarks");
		Files.createDirectories(out);
		List<String> lines = new ArrayList<>();
		lines.add("| page | as | request threads ms | PostgreSQL ms | KB |");
		lines.add("| --- | --- | ---: | ---: | ---: |");
		try (BenchmarkApplication app = BenchmarkApplication.start()) {
			String database = URI.create(System.getProperty("benchmark.db.url").substring(5)).getPath().substring(1);
			CpuMeter meter = new CpuMeter(database);
			for (String step : plan.split(";")) {
				String user = step.trim().split(" ")[0];
				HttpClient client = app.signIn(user);
				for (String page : step.trim().split(" ")[1].split(",")) {
					HttpRequest request = HttpRequest.newBuilder(app.uri(page)).build();
					String body = "";
					for (int i = 0; i < requests; i++) {
						body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
					}
					long threads = requestThreadsCpu();
					CpuMeter.Reading before = meter.read();
					for (int i = 0; i < requests; i++) {
						client.send(request, HttpResponse.BodyHandlers.ofString());
					}
					double jvm = (requestThreadsCpu() - threads) / 1e6 / requests;
					double pg = meter.read().minus(before).postgresMillisPer(requests);
					String name = (user.replaceAll("@.*", "") + page).replaceAll("[^a-zA-Z0-9]+", "_");
					Files.writeString(out.resolve("probe-" + name + ".html"), body);
					lines.add(String.format(Locale.ROOT, "| `%s` | %s | %.3f | %.3f | %d |", page, user, jvm, pg,
							body.length() / 1024));
				}
			}
		}
		Files.write(out.resolve("probe.md"), lines);
		lines.forEach(System.out::println);
	}

	private static long requestThreadsCpu() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long sum = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("http-nio-")) {
				long cpu = threads.getThreadCpuTime(info.getThreadId());
				sum += Math.max(cpu, 0);
			}
		}
		return sum;
	}

}
