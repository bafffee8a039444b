package org.smrdesk.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvTests {

	@Test
	void exportQuotesSeparatorsAndDefusesFormulas() {
		ResponseEntity<byte[]> response = CsvExport.of("x.csv", List.of("name", "note"),
				List.of(List.of("Smith, Jo", "=HYPERLINK(\"http://evil\")"), List.of("Plain", "+1 shares")));
		String csv = new String(response.getBody(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("name,note\r\n")
			.contains("\"Smith, Jo\"")
			.contains("'=HYPERLINK")
			.contains("'+1 shares");
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("x.csv");
	}

	@Test
	void aSmallExportIsSentWholeWithItsLengthAndNeedsNoSlot() throws Exception {
		try (EverySlotTaken large = new EverySlotTaken()) {
			MockHttpServletResponse small = new MockHttpServletResponse();
			CsvExport.stream(small, "x.csv", List.of("n"), (rows) -> rows.print(List.of("-1")));
			assertThat(small.getStatus()).isEqualTo(200);
			assertThat(small.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("n\r\n'-1\r\n");
			assertThat(small.getContentLength()).isEqualTo(small.getContentAsByteArray().length);
			assertThat(small.getContentType()).isEqualTo("text/csv;charset=UTF-8");
			assertThat(small.getHeader("Content-Disposition")).contains("x.csv");
			assertThat(large.finish()).allSatisfy((done) -> assertThat(done.getStatus()).isEqualTo(200));
		}
	}

	@Test
	void aLargeExportGoesOutAsItIsReadAndOneTooManyAtOnceGetsA503() throws Exception {
		// each of the four has sent its first chunks while it is still reading rows
		try (EverySlotTaken running = new EverySlotTaken()) {
			MockHttpServletResponse refused = new MockHttpServletResponse();
			List<Integer> printed = new ArrayList<>();
			CsvExport.stream(refused, "x.csv", List.of("n"), (rows) -> {
				for (int i = 0; i < 10_000; i++) {
					rows.print(List.of("never " + i));
					printed.add(i);
				}
			});
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
			assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(CsvExport.BUSY);
			assertThat(refused.getHeader("Content-Disposition")).isNull();
			// stopped at its first full chunk, not read to the end
			assertThat(printed).hasSizeLessThan(10_000);

			assertThat(running.finish()).allSatisfy((done) -> {
				assertThat(done.getStatus()).isEqualTo(200);
				assertThat(done.getContentAsString(StandardCharsets.UTF_8).lines()).hasSize(20_001)
					.endsWith("row 19999");
			});
		}

		// the finished exports gave their slots back
		MockHttpServletResponse next = new MockHttpServletResponse();
		CsvExport.stream(next, "x.csv", List.of("n"), (rows) -> {
			for (int i = 0; i < 20_000; i++) {
				rows.print(List.of("again " + i));
			}
		});
		assertThat(next.getStatus()).isEqualTo(200);
		assertThat(next.getContentAsString(StandardCharsets.UTF_8).lines()).hasSize(20_001);
	}

	/**
	 * {@link CsvExport#MAX_CONCURRENT_STREAMS} large exports on threads of their own,
	 * each holding its slot after its first chunks went out until {@link #finish()}.
	 */
	private static final class EverySlotTaken implements AutoCloseable {

		private final CountDownLatch release = new CountDownLatch(1);

		private final ExecutorService threads = Executors.newFixedThreadPool(CsvExport.MAX_CONCURRENT_STREAMS);

		private final List<Future<MockHttpServletResponse>> running = new ArrayList<>();

		EverySlotTaken() throws InterruptedException {
			CountDownLatch streaming = new CountDownLatch(CsvExport.MAX_CONCURRENT_STREAMS);
			for (int i = 0; i < CsvExport.MAX_CONCURRENT_STREAMS; i++) {
				this.running.add(this.threads.submit(() -> largeExport(streaming, this.release)));
			}
			assertThat(streaming.await(10, TimeUnit.SECONDS)).isTrue();
		}

		/** Lets them end, and gives their responses. */
		List<MockHttpServletResponse> finish() throws Exception {
			this.release.countDown();
			List<MockHttpServletResponse> done = new ArrayList<>();
			for (Future<MockHttpServletResponse> response : this.running) {
				done.add(response.get(10, TimeUnit.SECONDS));
			}
			return done;
		}

		@Override
		public void close() {
			this.release.countDown();
			this.threads.shutdown();
		}

	}

	/**
	 * 20,000 rows (about 200 KB): counts down once its first chunks were written to the
	 * response, then waits to be let go before its last rows.
	 */
	private static MockHttpServletResponse largeExport(CountDownLatch streaming, CountDownLatch release)
			throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		CsvExport.stream(response, "large.csv", List.of("n"), (rows) -> {
			for (int i = 0; i < 20_000; i++) {
				rows.print(List.of("row " + i));
				if (i == 15_000) {
					assertThat(response.getContentAsByteArray().length).isGreaterThan(64 * 1024);
					streaming.countDown();
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			}
		});
		return response;
	}

	@Test
	void importGivesRowsWithSpreadsheetLineNumbersAndLowerCaseColumns() {
		String file = "\uFEFFTitle,Date\nFirst,2026-01-02\n\nSecond,2026-01-03\n";
		List<CsvImport.Row> rows = CsvImport.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
				List.of("title", "date"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).line()).isEqualTo(2);
		assertThat(rows.get(0).get("title")).isEqualTo("First");
		assertThat(rows.get(1).get("date")).isEqualTo("2026-01-03");
		assertThat(rows.get(1).get("missing")).isNull();
	}

	@Test
	void importRefusesAValueWithANulByteNamingItsLine() {
		assertThatExceptionOfType(RuleException.class).isThrownBy(() -> CsvImport.read(
				new ByteArrayInputStream("title\nfine\nbad\u0000value\n".getBytes(StandardCharsets.UTF_8)),
				List.of("title")))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("csv.unstorable"));
	}

	@Test
	void importRefusesAFileWithoutTheRequiredColumns() {
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> CsvImport.read(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
					List.of("title")))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("csv.missingColumns"));
	}

	@Test
	void importRefusesMalformedCsv() {
		assertThatExceptionOfType(RuleException.class).isThrownBy(() -> CsvImport
			.read(new ByteArrayInputStream("title\n\"unclosed\n".getBytes(StandardCharsets.UTF_8)), List.of("title")));
	}

}
