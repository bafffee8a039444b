package org.smrdesk.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

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
