package org.smrdesk.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.smrdesk.core.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inbox's CSV export: every mention the filters and the user's rights let through,
 * row by row from a database cursor, cells a spreadsheet will not run as formulas.
 */
@Component
class MentionExport {

	private final NamedParameterJdbcTemplate streaming;

	private final MentionConditions conditions;

	MentionExport(DataSource dataSource, MentionConditions conditions) {
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.conditions = conditions;
	}

	void export(MentionFilter filter, CurrentUser user, Sort sort, Writer out) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = this.conditions.where(filter, user, params);
		try {
			// not closed here: the caller owns the stream
			CSVPrinter printer = CSVFormat.RFC4180.builder()
				.setHeader("id", "state", "published_at", "fetched_at", "source", "author", "title", "url", "text",
						"assignee", "incident_id")
				.get()
				.print(out);
			this.streaming.query(MentionSearch.SELECT + where + MentionOrder.orderBy(sort), params, (ResultSet rs) -> {
				MentionRow row = MentionSearch.row(rs);
				try {
					printer.printRecord(row.id(), row.state(), row.publishedAt(), row.fetchedAt(),
							cell(row.sourceName()), cell(row.author()), cell(row.title()), cell(row.url()),
							cell(row.excerpt(2000)), cell(row.assigneeName()), row.incidentId());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A cell a spreadsheet will not run as a formula. */
	private static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

}
