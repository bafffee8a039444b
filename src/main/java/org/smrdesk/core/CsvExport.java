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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes a list as a CSV download (RFC 4180, UTF-8). Cells that a spreadsheet would run
 * as a formula are prefixed with a quote, so an exported value never executes.
 */
public final class CsvExport {

	/**
	 * How many streamed exports may run at once. Each holds a pooled database connection
	 * while it writes (a cursor, rows sent as they are read, so a slow client keeps it
	 * longer): with at most four, six of the pool's ten connections stay for pages, and
	 * one more export is refused with a 503 and {@code Retry-After} instead of starving
	 * them.
	 */
	public static final int MAX_CONCURRENT_STREAMS = 4;

	/** The characters a streamed export collects before sending them. */
	private static final int CHUNK = 64 * 1024;

	static final String BUSY = "Too many exports are running at once. Please try again in a few seconds.\n";

	private static final java.util.concurrent.Semaphore SLOTS = new java.util.concurrent.Semaphore(
			MAX_CONCURRENT_STREAMS);

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
		if (!SLOTS.tryAcquire()) {
			return busy();
		}
		StreamingResponseBody body = (output) -> {
			try {
				write(output, header, writer);
			}
			finally {
				SLOTS.release();
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/**
	 * A 503 with {@code Retry-After}: every export slot is taken.
	 */
	private static ResponseEntity<StreamingResponseBody> busy() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "10")
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body((output) -> output.write(BUSY.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Prints the rows into a text chunk sent as UTF-8 bytes each time it holds 64 KB: the
	 * printer appends many short pieces per row, and a {@code Writer} made each of them a
	 * new string and a locked call (a third of an export's CPU samples under JFR).
	 */
	private static void write(java.io.OutputStream output, List<String> header,
			java.util.function.Consumer<Rows> writer) throws IOException {
		StringBuilder chunk = new StringBuilder(CHUNK + 8 * 1024);
		CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(chunk);
		writer.accept((row) -> {
			try {
				List<String> cells = new ArrayList<>(row.size());
				for (Object cell : row) {
					cells.add(safe(cell));
				}
				printer.printRecord(cells);
				if (chunk.length() >= CHUNK) {
					send(chunk, output);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		send(chunk, output);
		output.flush();
	}

	private static void send(StringBuilder chunk, java.io.OutputStream output) throws IOException {
		output.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
		chunk.setLength(0);
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
