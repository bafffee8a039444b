package org.smrdesk.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Times;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reading mentions: the inbox page (filters built from the active ones only, so each
 * query gets its own plan and index; a page query, one query for the page's matched query
 * names, and a count bounded at {@link Paging#MAX_ROWS} and by a time budget,
 * {@code smr.monitoring.count-budget}, when the page is not the whole answer), the CSV
 * export through a cursor, and the mentions of an incident or a contact. Dates in the
 * filters are days in the signed-in user's zone.
 */
@Component
class MentionSearch {

	/** How many pages beyond the one shown the inbox counts. */
	static final int PAGES_AHEAD = 10;

	static final String SELECT = """
			select m.id, m.version, m.title, m.url, m.body, m.author, m.author_url, m.site, m.published_at,
			       m.fetched_at, m.source_id, s.name as source_name, m.state, m.assignee_id,
			       u.display_name as assignee_name, m.incident_id,
			       (select count(*) from mention_sightings ms where ms.mention_id = m.id) as sightings
			from mentions m
			join monitoring_sources s on s.id = m.source_id
			left join users u on u.id = m.assignee_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final KnownAuthors authors;

	private final Times times;

	private final TimeBoxedCount count;

	private final Duration countBudget;

	MentionSearch(NamedParameterJdbcTemplate jdbc, DataSource dataSource, KnownAuthors authors, Times times,
			TimeBoxedCount count, @Value("${smr.monitoring.count-budget:250ms}") Duration countBudget) {
		this.jdbc = jdbc;
		this.count = count;
		this.countBudget = countBudget;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.authors = authors;
		this.times = times;
	}

	Page<MentionRow> search(MentionFilter filter, CurrentUser user, Pageable pageable) {
		return Paging.within(MentionOrder.safe(pageable),
				(reachable) -> page(filter, user, reachable, Paging.MAX_ROWS + 1L));
	}

	/**
	 * A page for the inbox, whose pager offers the pages around this one and the next:
	 * the mentions are counted only as far as {@link #PAGES_AHEAD} pages beyond it (at a
	 * million mentions a count to {@link Paging#MAX_ROWS} read 10,001 rows of every
	 * filter each view, and a filter whose rows are spread thin read far more: 0.1-0.3 s
	 * of the database per view for STAFF, or for an author); beyond that the page is an
	 * {@link UncountedPage} saying how many there are at least.
	 * @param filter the filters
	 * @param user who asks
	 * @param pageable the page
	 * @return the page
	 */
	Page<MentionRow> inbox(MentionFilter filter, CurrentUser user, Pageable pageable) {
		return Paging.within(MentionOrder.safe(pageable), (reachable) -> page(filter, user, reachable, Math
			.min(reachable.getOffset() + (long) reachable.getPageSize() * PAGES_AHEAD + 1, Paging.MAX_ROWS + 1L)));
	}

	private Page<MentionRow> page(MentionFilter filter, CurrentUser user, Pageable pageable, long countTo) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, user, params);
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		String rowsWhere = MentionOrder.indexed(pageable.getSort()) ? where
				: " where m.id in (select m.id from mentions m" + where
						+ " order by m.fetched_at desc, m.id desc limit " + Paging.MAX_ROWS + ")";
		List<MentionRow> rows = this.jdbc.query(
				SELECT + rowsWhere + MentionOrder.orderBy(pageable.getSort()) + " limit :limit offset :offset", params,
				(rs, i) -> row(rs));
		rows = decorate(rows, user);
		if (rows.size() < pageable.getPageSize() && (!rows.isEmpty() || pageable.getOffset() == 0)) {
			// the last page: the total is known without counting
			return new PageImpl<>(rows, pageable, pageable.getOffset() + rows.size());
		}
		Long total = this.count.count(
				"select count(*) from (select 1 from mentions m" + where + " limit " + countTo + ") c", params,
				this.countBudget);
		if (total == null) {
			return new UncountedPage<>(rows, pageable, pageable.getOffset() + rows.size(), true);
		}
		if (total >= countTo && countTo <= Paging.MAX_ROWS) {
			// more than the pager reaches from here: counting on would tell nobody more
			return new UncountedPage<>(rows, pageable, countTo - 1, false);
		}
		return new PageImpl<>(rows, pageable, total);
	}

	void export(MentionFilter filter, CurrentUser user, Sort sort, Writer out) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, user, params);
		try {
			// not closed here: the caller owns the stream
			CSVPrinter printer = CSVFormat.RFC4180.builder()
				.setHeader("id", "state", "published_at", "fetched_at", "source", "author", "title", "url", "text",
						"assignee", "incident_id")
				.get()
				.print(out);
			this.streaming.query(SELECT + where + MentionOrder.orderBy(sort), params, (ResultSet rs) -> {
				MentionRow row = row(rs);
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

	MentionRow one(Long id, CurrentUser user) {
		List<MentionRow> rows = this.jdbc.query(SELECT + " where m.id = :id", new MapSqlParameterSource("id", id),
				(rs, i) -> row(rs));
		return rows.isEmpty() ? null : decorate(rows, user).get(0);
	}

	List<MentionRow> latest(int limit) {
		return this.jdbc.query(SELECT + " order by m.fetched_at desc, m.id desc limit :limit",
				new MapSqlParameterSource("limit", limit), (rs, i) -> row(rs));
	}

	List<MentionRow> ofIncident(Long incidentId) {
		return this.jdbc.query(SELECT + " where m.incident_id = :incident order by m.fetched_at limit 200",
				new MapSqlParameterSource("incident", incidentId), (rs, i) -> row(rs));
	}

	List<MentionRow> ofContact(Long contactId, CurrentUser user, int limit) {
		KnownAuthors.Keys keys = this.authors.keysOf(contactId);
		if (keys.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
		List<String> conditions = new ArrayList<>();
		if (!keys.handles().isEmpty()) {
			List<String> handles = new ArrayList<>();
			keys.handles().forEach((h) -> {
				handles.add(h);
				handles.add("@" + h);
			});
			params.addValue("handles", handles);
			conditions.add("lower(m.author) in (:handles)");
		}
		if (!keys.urls().isEmpty()) {
			List<String> urls = new ArrayList<>();
			keys.urls().forEach((u) -> {
				urls.add("https://" + u);
				urls.add("http://" + u);
				urls.add("https://" + u + "/");
			});
			params.addValue("urls", urls);
			conditions.add("m.author_url in (:urls)");
		}
		if (!keys.domains().isEmpty()) {
			params.addValue("domains", keys.domains());
			conditions.add("m.site in (:domains)");
		}
		String where = " where (" + String.join(" or ", conditions) + ")";
		if (user.isStaff()) {
			where += " and " + staffClause(user, params);
		}
		return this.jdbc.query(SELECT + where + " order by m.fetched_at desc limit :limit", params, (rs, i) -> row(rs));
	}

	/**
	 * The condition that a mention matches a query that matters to the user's department.
	 * The department's queries are read first (one short query), so each mention is
	 * checked against the matches' primary key alone.
	 * @param user a staff member
	 * @param params where the parameter goes
	 * @return the SQL condition on {@code m}
	 */
	String staffClause(CurrentUser user, MapSqlParameterSource params) {
		List<Long> queries = this.jdbc.queryForList(
				"select query_id from monitoring_query_departments where department_id = :department",
				new MapSqlParameterSource("department", user.departmentId()), Long.class);
		if (queries.isEmpty()) {
			return "false";
		}
		params.addValue("staffQueries", queries);
		return "exists (select 1 from mention_matches mm where mm.mention_id = m.id and mm.query_id in (:staffQueries))";
	}

	private String where(MentionFilter filter, CurrentUser user, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		if (filter.query() != null) {
			conditions
				.add("exists (select 1 from mention_matches mq where mq.mention_id = m.id and mq.query_id = :query)");
			params.addValue("query", filter.query());
		}
		if (filter.source() != null) {
			conditions.add(
					"exists (select 1 from mention_sightings ss where ss.mention_id = m.id and ss.source_id = :source)");
			params.addValue("source", filter.source());
		}
		if (filter.state() != null) {
			conditions.add("m.state = :state");
			params.addValue("state", filter.state().name());
		}
		ZoneId zone = this.times.zone();
		if (filter.from() != null) {
			conditions.add("m.fetched_at >= :from");
			params.addValue("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("m.fetched_at < :to");
			params.addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (filter.author() != null && !filter.author().isBlank()) {
			// the distinct authors first (mention_authors, V68), then their mentions by
			// mentions_author_lower_idx
			conditions.add(
					"lower(m.author) in (select a.author from mention_authors a where a.author like :author escape '\\')");
			params.addValue("author", "%" + like(filter.author().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			conditions.add("m.search @@ websearch_to_tsquery('simple', :q)");
			params.addValue("q", filter.q().strip());
		}
		if (filter.assignee() != null) {
			conditions.add("m.assignee_id = :assignee");
			params.addValue("assignee", filter.assignee());
		}
		if (user.isStaff()) {
			conditions.add(staffClause(user, params));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private List<MentionRow> decorate(List<MentionRow> rows, CurrentUser user) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<String>> names = new HashMap<>();
		this.jdbc.query("""
				select mm.mention_id, q.name from mention_matches mm join monitoring_queries q on q.id = mm.query_id
				where mm.mention_id in (:ids) order by q.name""",
				new MapSqlParameterSource("ids", rows.stream().map(MentionRow::id).toList()), (ResultSet rs) -> {
					names.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
				});
		List<MentionRow> result = new ArrayList<>(rows.size());
		for (MentionRow row : rows) {
			KnownContact known = this.authors.find(row.author(), row.authorUrl(), row.site());
			result.add(row.with(names.getOrDefault(row.id(), List.of()),
					(known != null && known.isVisibleTo(user)) ? known : null));
		}
		return result;
	}

	static MentionRow row(ResultSet rs) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new MentionRow(rs.getLong("id"), rs.getLong("version"), rs.getString("title"), rs.getString("url"),
				rs.getString("body"), rs.getString("author"), rs.getString("author_url"), rs.getString("site"),
				(published != null) ? published.toInstant() : null, rs.getTimestamp("fetched_at").toInstant(),
				rs.getLong("source_id"), rs.getString("source_name"), MentionState.valueOf(rs.getString("state")),
				(Long) rs.getObject("assignee_id"), rs.getString("assignee_name"), (Long) rs.getObject("incident_id"),
				rs.getInt("sightings"), List.of(), null);
	}

}
