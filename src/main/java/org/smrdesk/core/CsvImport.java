package org.smrdesk.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file (UTF-8, header row) into rows keyed by lower-case column
 * name, each with the line number a person sees in a spreadsheet, so import previews can
 * report "line 7: unknown department".
 */
public final class CsvImport {

	/**
	 * The most rows one import takes: 100,000 activities (a few years of a company's log,
	 * about 10 MB) go in one file (issue 10); {@link #each} streams them.
	 */
	public static final int MAX_ROWS = 100_000;

	private CsvImport() {
	}

	/**
	 * One data row of the file.
	 *
	 * @param line the line number (the header is line 1)
	 * @param values column name (lower case) to trimmed value
	 */
	public record Row(long line, Map<String, String> values) {

		public String get(String column) {
			String value = this.values.get(column);
			return (value == null || value.isBlank()) ? null : value;
		}

	}

	/**
	 * A problem with one line of the file.
	 *
	 * @param line the line number
	 * @param reason what is wrong, for a person
	 */
	public record RowError(long line, String reason) {
	}

	/**
	 * Parses a file into a list (for small files; large imports use {@link #each}).
	 * @param input the uploaded bytes
	 * @param required the columns the file must have
	 * @return the rows
	 * @throws RuleException with code {@code csv.invalid} or {@code csv.missingColumns}
	 * when the file cannot be read
	 */
	public static List<Row> read(InputStream input, List<String> required) {
		List<Row> rows = new ArrayList<>();
		each(input, required, rows::add);
		return rows;
	}

	/**
	 * Parses a file row by row, handing each to the action as it is read: only one row is
	 * held at a time, so an upload is streamed from its temporary file whatever its size.
	 * @param input the uploaded bytes
	 * @param required the columns the file must have
	 * @param action receives each data row in file order
	 * @return how many data rows the file has
	 * @throws RuleException with code {@code csv.invalid}, {@code csv.missingColumns},
	 * {@code csv.tooManyRows} or {@code csv.unstorable} when the file cannot be read
	 */
	public static long each(InputStream input, List<String> required, Consumer<Row> action) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8);
				CSVParser parser = format.parse(reader)) {
			List<String> headers = parser.getHeaderNames().stream().map(CsvImport::column).toList();
			List<String> missing = required.stream().filter((column) -> !headers.contains(column)).toList();
			if (!missing.isEmpty()) {
				throw new RuleException("csv.missingColumns", String.join(", ", missing));
			}
			long count = 0;
			for (CSVRecord record : parser) {
				if (count >= MAX_ROWS) {
					throw new RuleException("csv.tooManyRows", MAX_ROWS);
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < headers.size() && i < record.size(); i++) {
					if (!StorableText.isStorable(record.get(i))) {
						throw new RuleException("csv.unstorable", record.getRecordNumber() + 1);
					}
					values.put(headers.get(i), record.get(i));
				}
				count++;
				action.accept(new Row(record.getRecordNumber() + 1, values));
			}
			return count;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new RuleException("csv.invalid");
		}
	}

	private static String column(String header) {
		String name = header.trim().toLowerCase(Locale.ROOT);
		return name.startsWith("\uFEFF") ? name.substring(1) : name;
	}

}
