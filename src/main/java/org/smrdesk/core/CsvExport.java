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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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

	/**
	 * A CSV download written while the rows are read (constant memory whatever the row
	 * count): the writer receives a {@link Rows} to print each row to, flushed in chunks.
	 * @param filename the file name offered
	 * @param header the column names
	 * @param writer prints the rows (runs after the handler returned, on the response's
	 * thread)
	 * @return the response
	 */
	public static ResponseEntity<StreamingResponseBody> streamed(String filename, List<String> header,
			java.util.function.Consumer<Rows> writer) {
		StreamingResponseBody body = (output) -> {
			java.io.Writer out = new java.io.BufferedWriter(
					new java.io.OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
			try (CSVPrinter printer = CSVFormat.RFC4180.builder()
				.setHeader(header.toArray(String[]::new))
				.get()
				.print(out)) {
				writer.accept((row) -> {
					try {
						List<String> cells = new ArrayList<>(row.size());
						for (Object cell : row) {
							cells.add(safe(cell));
						}
						printer.printRecord(cells);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/**
	 * Where a streamed export prints its rows.
	 */
	@FunctionalInterface
	public interface Rows {

		/**
		 * Prints one row (cells as in {@link #of}).
		 * @param row the cells
		 */
		void print(List<?> row);

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
