package org.smrdesk.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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
	void aStreamedExportWritesItsRowsAsTheyComeAndOneTooManyAtOnceGetsA503() throws Exception {
		List<ResponseEntity<StreamingResponseBody>> running = new ArrayList<>();
		try {
			for (int i = 0; i < CsvExport.MAX_CONCURRENT_STREAMS; i++) {
				running.add(CsvExport.streamed("x.csv", List.of("n"), (rows) -> rows.print(List.of("-1"))));
			}
			assertThat(running).allSatisfy((response) -> assertThat(response.getStatusCode().value()).isEqualTo(200));

			ResponseEntity<StreamingResponseBody> refused = CsvExport.streamed("x.csv", List.of("n"),
					(rows) -> rows.print(List.of("never")));
			assertThat(refused.getStatusCode().value()).isEqualTo(503);
			assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("10");
			assertThat(body(refused)).isEqualTo(CsvExport.BUSY);

			// a finished export gives its slot back
			assertThat(body(running.remove(0))).isEqualTo("n\r\n'-1\r\n");
			ResponseEntity<StreamingResponseBody> next = CsvExport.streamed("x.csv", List.of("n"),
					(rows) -> rows.print(List.of("again")));
			assertThat(next.getStatusCode().value()).isEqualTo(200);
			running.add(next);
		}
		finally {
			for (ResponseEntity<StreamingResponseBody> response : running) {
				body(response);
			}
		}
	}

	private static String body(ResponseEntity<StreamingResponseBody> response) throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		response.getBody().writeTo(out);
		return out.toString(StandardCharsets.UTF_8);
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
