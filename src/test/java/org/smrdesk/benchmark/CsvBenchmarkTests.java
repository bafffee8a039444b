package org.smrdesk.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.smrdesk.core.CsvExport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV budgets of issue 10 on the large dataset, on demand only (tag
 * {@code benchmark}):
 *
 * <pre>
 * ./mvnw test -Dtest.excludedGroups= -Dtest=CsvBenchmarkTests -DargLine=-Xmx512m
 * </pre>
 *
 * <ul>
 * <li>export: the heap a filtered export (a few thousand rows) and the full export of the
 * activities need, one at a time, then three full exports at once: rows, seconds, heap
 * after garbage collection before and after, the peak of the heap pools meanwhile, and
 * whether the application still answers its health check;</li>
 * <li>import: 10,000 activities uploaded as a file, previewed and confirmed, as the
 * import page does it: seconds per step and the rows added.</li>
 * </ul>
 * Writes {@code target/benchmarks/csv.md}. SMR Desk runs in this JVM, so
 * {@code -DargLine=-Xmx512m} gives it the heap of the budget. Reported, not asserted.
 */
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CsvBenchmarkTests {

	static final int IMPORT_ROWS = Integer.getInteger("benchmark.import.rows", 10_000);

	private static BenchmarkApplication app;

	private static final List<String> lines = new ArrayList<>();

	@BeforeAll
	static void start() {
		app = BenchmarkApplication.start();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	/**
	 * Writes what is measured so far: three full exports at once may take the JVM down
	 * (that is one of the things measured), so nothing waits for the end.
	 */
	private static void write() throws IOException {
		StringBuilder text = new StringBuilder("# CSV benchmark\n\n");
		text.append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.now().atOffset(ZoneOffset.UTC)))
			.append(" UTC, max heap ")
			.append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
			.append(" MB, ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores.\n\n| setting | value |\n| --- | --- |\n");
		app.setup.forEach((key, value) -> text.append("| ").append(key).append(" | ").append(value).append(" |\n"));
		text.append("\n").append(String.join("\n", lines)).append("\n");
		Path file = Path.of("target", "benchmarks", "csv.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		System.out.println(lines.get(lines.size() - 1));
	}

	@Test
	@Order(2)
	void exportsOneAtATimeAndThreeAtOnce() throws Exception {
		HttpClient lead = app.signIn("lead@example.com");
		Long legal = app.jdbc().queryForObject("select id from departments where name = 'Legal'", Long.class);
		lines.add("## Export of the activities\n");
		lines.add("| export | status | rows | seconds | MB | heap after GC before, MB | peak heap meanwhile, MB "
				+ "| heap after GC after, MB | health afterwards |");
		lines.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
		write();
		export(lead, "one filtered export (Legal)", List.of("/activities?format=csv&department=" + legal));
		export(lead, "one full export", List.of("/activities?format=csv"));
		export(lead, "three full exports at once",
				List.of("/activities?format=csv", "/activities?format=csv", "/activities?format=csv"));
		export(lead, "five full exports at once (four may stream at a time: one 503 expected)",
				java.util.Collections.nCopies(CsvExport.MAX_CONCURRENT_STREAMS + 1, "/activities?format=csv"));
		export(lead, "one full export of the contacts", List.of("/contacts?format=csv"));
		export(lead, "three full exports of the contacts at once",
				List.of("/contacts?format=csv", "/contacts?format=csv", "/contacts?format=csv"));
		lines.add("");
		lines
			.add("Budget: the full export streams (the heap does not grow with the row count) and takes at most 5 s; "
					+ "three at once under -Xmx512m all complete and the instance stays healthy; no 100,000-row cap "
					+ "(the dataset has "
					+ String.format(Locale.ROOT, "%,d",
							app.jdbc().queryForObject("select count(*) from activities", Long.class))
					+ " activities).\n");
	}

	@Test
	@Order(1)
	void importsTenThousandActivities() throws Exception {
		HttpClient lead = app.signIn("lead@example.com");
		long before = count();
		StringBuilder csv = new StringBuilder("date,department,service,kind,title,owner,status,reach,engagement\n");
		LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(400);
		for (int i = 1; i <= IMPORT_ROWS; i++) {
			csv.append(day.plusDays(i % 365))
				.append(",Customer Support,Chirp,REPLY,Imported answer batch ")
				.append(i)
				.append(",support@example.com,DONE,")
				.append(100 + i % 900)
				.append(',')
				.append(i % 50)
				.append('\n');
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		String form = send(lead, HttpRequest.newBuilder(app.uri("/activities/import")).build()).body();
		String boundary = "----smr-benchmark-" + System.nanoTime();
		byte[] multipart = multipart(boundary, Map.of("_csrf", BenchmarkApplication.csrf(form)), file);
		long started = System.nanoTime();
		HttpResponse<String> preview = send(lead,
				HttpRequest.newBuilder(app.uri("/activities/import"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(multipart))
					.build());
		long previewed = System.nanoTime();
		String confirmStatus = "no confirm form in the preview";
		long confirmed = previewed;
		Map<String, String> fields = confirmForm(preview.body());
		if (!fields.isEmpty()) {
			// the confirm form as the page offers it: the file chosen again (multipart)
			// when it is too large to carry back, else the carried text
			HttpRequest.Builder confirmRequest = HttpRequest.newBuilder(app.uri("/activities/import"));
			if (fields.containsKey("csv")) {
				StringBuilder body = new StringBuilder();
				fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
				confirmRequest.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
			}
			else {
				fields.put("_csrf", BenchmarkApplication.csrf(preview.body()));
				confirmRequest.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, file)));
			}
			HttpResponse<String> confirm = send(lead, confirmRequest.build());
			confirmed = System.nanoTime();
			confirmStatus = confirm.statusCode()
					+ confirm.headers().firstValue("Location").map((location) -> " → " + location).orElse("");
		}
		long added = count() - before;
		lines.add("## Import of " + String.format(Locale.ROOT, "%,d", IMPORT_ROWS) + " activities\n");
		lines.add("| step | status | seconds |\n| --- | --- | ---: |");
		lines.add(String.format(Locale.ROOT, "| upload and preview (%,d KB file) | %d | %.1f |", file.length / 1024,
				preview.statusCode(), (previewed - started) / 1e9));
		lines.add(String.format(Locale.ROOT, "| confirm (the file uploaded again) | %s | %.1f |", confirmStatus,
				(confirmed - previewed) / 1e9));
		lines.add(String.format(Locale.ROOT, "| end to end | %,d rows added | %.1f |", added,
				(confirmed - started) / 1e9));
		lines.add("\nBudget: 10,000 activities in at most 10 s end to end; 100,000 without hitting a form limit.\n");
		write();
		assertThat(preview.statusCode()).as("the upload is answered").isLessThan(500);
	}

	private void export(HttpClient client, String label, List<String> paths) throws Exception {
		long baseline = heapAfterGc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong peak = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.start();
		ExecutorService threads = Executors.newFixedThreadPool(paths.size());
		List<Future<String>> results = new ArrayList<>();
		long started = System.nanoTime();
		for (String path : paths) {
			results.add(threads.submit(() -> {
				long t = System.nanoTime();
				HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(app.uri(path)).build(),
						HttpResponse.BodyHandlers.ofInputStream());
				long rows = -1;
				long bytes = 0;
				try (InputStream body = response.body()) {
					byte[] buffer = new byte[65536];
					for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
						bytes += n;
						for (int i = 0; i < n; i++) {
							if (buffer[i] == '\n') {
								rows++;
							}
						}
					}
				}
				catch (IOException ex) {
					return "error " + ex.getMessage();
				}
				return String.format(Locale.ROOT, "%d|%,d|%.1f|%.1f", response.statusCode(), rows,
						(System.nanoTime() - t) / 1e9, bytes / 1e6);
			}));
		}
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get());
		}
		long elapsed = System.nanoTime() - started;
		threads.shutdown();
		running.set(false);
		sampler.join();
		long poolPeak = pools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		long after = heapAfterGc();
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(app.uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
		for (String outcome : outcomes) {
			String[] parts = outcome.split("\\|");
			lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %d | %d | %d %s |", label, parts[0],
					(parts.length > 1) ? parts[1] : "", (parts.length > 2) ? parts[2] : "",
					(parts.length > 3) ? parts[3] : "", baseline / (1024 * 1024),
					Math.max(peak.get(), poolPeak) / (1024 * 1024), after / (1024 * 1024), health.statusCode(),
					health.body().contains("UP") ? "UP" : health.body()));
		}
		write();
		System.out.println(label + ": " + outcomes + " in " + BenchmarkApplication.seconds(elapsed));
	}

	private static long heapAfterGc() throws InterruptedException {
		System.gc();
		Thread.sleep(200);
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long count() {
		return app.jdbc().queryForObject("select count(*) from activities", Long.class);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] multipart(String boundary, Map<String, String> fields, byte[] file) {
		StringBuilder head = new StringBuilder();
		fields.forEach((name, value) -> head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"activities.csv\"\r\n")
			.append("Content-Type: text/csv\r\n\r\n");
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = tail.getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + file.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(file, 0, body, start.length, file.length);
		System.arraycopy(end, 0, body, start.length + file.length, end.length);
		return body;
	}

	/**
	 * The hidden fields of the preview's confirm form (the one with a {@code confirm}
	 * field), whatever they are: the whole file today, perhaps a reference later.
	 */
	private static Map<String, String> confirmForm(String html) {
		Matcher forms = Pattern.compile("<form[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
		while (forms.find()) {
			String form = forms.group(1);
			if (!form.contains("name=\"confirm\"")) {
				continue;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher inputs = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
			while (inputs.find()) {
				String input = inputs.group();
				Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(input);
				Matcher value = Pattern.compile("value=\"([^\"]*)\"", Pattern.DOTALL).matcher(input);
				if (name.find()) {
					fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
				}
			}
			return fields;
		}
		return Map.of();
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#10;", "\n")
			.replace("&#13;", "\r")
			.replace("&amp;", "&");
	}

}
