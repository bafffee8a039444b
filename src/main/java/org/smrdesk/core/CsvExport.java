package org.smrdesk.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a list as a CSV download (RFC 4180, UTF-8). Cells that a spreadsheet would run
 * as a formula are prefixed with a quote, so an exported value never executes.
 */
public final class CsvExport {

	/**
	 * How many large exports (more than one 64 KB chunk) may stream at once. Each holds a
	 * pooled database connection while it writes (a cursor, rows sent as they are read,
	 * so a slow client keeps it longer): with at most four, six of the pool's ten
	 * connections stay for pages, and one more large export is refused with a 503 and
	 * {@code Retry-After} instead of starving them. Small exports need no slot: they hold
	 * their connection no longer than a page does.
	 */
	public static final int MAX_CONCURRENT_STREAMS = 4;

	/** The characters a streamed export collects before sending them. */
	private static final int CHUNK = 64 * 1024;

	static final String BUSY = "Too many exports are running at once. Please try again in a few seconds.\n";

	private static final Semaphore SLOTS = new Semaphore(MAX_CONCURRENT_STREAMS);

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
		try (CSVPrinter printer = printer(out, header)) {
			for (List<?> row : rows) {
				print(printer, row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A CSV download written while the rows are read, on the request's own thread (so a
	 * small export is an ordinary response that a {@code CachedPage} handler may keep,
	 * and its statements count as the page's). The rows collect in a 64 KB chunk: an
	 * export that ends within it is sent whole with its length; a larger one takes one of
	 * the {@link #MAX_CONCURRENT_STREAMS} slots and goes out chunk by chunk (constant
	 * memory whatever the row count), or, when every slot is taken, is stopped before
	 * anything was sent and answered 503 with {@code Retry-After}.
	 * @param response where to write
	 * @param filename the file name offered
	 * @param header the column names
	 * @param writer prints the rows (in its own transaction, reading with a cursor)
	 * @throws IOException when the client went away
	 */
	public static void stream(HttpServletResponse response, String filename, List<String> header, Consumer<Rows> writer)
			throws IOException {
		Download download = new Download(response, filename);
		try {
			StringBuilder chunk = new StringBuilder(CHUNK + 8 * 1024);
			CSVPrinter printer = printer(chunk, header);
			writer.accept((row) -> {
				try {
					print(printer, row);
					if (chunk.length() >= CHUNK) {
						download.send(chunk);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			download.finish(chunk);
		}
		catch (UncheckedIOException ex) {
			// the client went away: its own exception, which Spring MVC logs quietly
			throw ex.getCause();
		}
		catch (Busy ex) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
			response.setContentType("text/plain;charset=UTF-8");
			response.getOutputStream().write(BUSY.getBytes(StandardCharsets.UTF_8));
		}
		finally {
			download.release();
		}
	}

	/**
	 * One download's response: its headers set and a slot taken when the first chunk goes
	 * out.
	 */
	private static final class Download {

		private final HttpServletResponse response;

		private final String filename;

		private boolean slot;

		private OutputStream output;

		Download(HttpServletResponse response, String filename) {
			this.response = response;
			this.filename = filename;
		}

		/** A full chunk: the export is a large one, sent as it is read. */
		void send(StringBuilder chunk) throws IOException {
			if (this.output == null) {
				if (!SLOTS.tryAcquire()) {
					throw new Busy();
				}
				this.slot = true;
				this.output = start();
			}
			this.output.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
			chunk.setLength(0);
		}

		/** The last rows; the whole export when it was small. */
		void finish(StringBuilder chunk) throws IOException {
			byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
			if (this.output == null) {
				this.response.setContentLength(bytes.length);
				this.output = start();
			}
			this.output.write(bytes);
			this.output.flush();
		}

		private OutputStream start() throws IOException {
			this.response.setStatus(HttpStatus.OK.value());
			this.response.setContentType("text/csv;charset=UTF-8");
			this.response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(this.filename));
			return this.response.getOutputStream();
		}

		void release() {
			if (this.slot) {
				this.slot = false;
				SLOTS.release();
			}
		}

	}

	/** Every slot is taken: the export stops before it sent anything. */
	private static final class Busy extends RuntimeException {

		Busy() {
			super("every export slot is taken", null, false, false);
		}

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

	private static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
		return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
	}

	/** One row, each cell made {@link #safe}. */
	private static void print(CSVPrinter printer, List<?> row) throws IOException {
		List<String> cells = new ArrayList<>(row.size());
		for (Object cell : row) {
			cells.add(safe(cell));
		}
		printer.printRecord(cells);
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
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
