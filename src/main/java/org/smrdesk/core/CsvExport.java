package org.smrdesk.core;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a list as a CSV download (RFC 4180, UTF-8). Cells that a spreadsheet would run
 * as a formula are prefixed with a quote, so an exported value never executes.
 */
public final class CsvExport {

	private CsvExport() {
	}

	/**
	 * A CSV download.
	 * @param filename the file name offered to the browser
	 * @param header the column names
	 * @param rows the rows, each as many cells as the header
	 * @return the response
	 */
	public static ResponseEntity<byte[]> of(String filename, List<String> header, Iterable<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader(header.toArray(String[]::new))
			.get()
			.print(out)) {
			for (List<?> row : rows) {
				List<String> cells = new ArrayList<>(row.size());
				for (Object cell : row) {
					cells.add(safe(cell));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String safe(Object cell) {
		if (cell == null) {
			return "";
		}
		String text = cell.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
