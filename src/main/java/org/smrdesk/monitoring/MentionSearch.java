package org.smrdesk.monitoring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Paging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reading mentions: the inbox page (filters from {@link MentionConditions}; one page
 * query that also gives the names of the queries each mention matched, and a count
 * bounded a few pages ahead and by a time budget, {@code smr.monitoring.count-budget},
 * when the page is not the whole answer), and the mentions of an incident or a contact.
 * The CSV export is {@link MentionExport}.
 */
@Component
class MentionSearch {

	/** How many pages beyond the one shown the inbox counts. */
	static final int PAGES_AHEAD = 10;

	/**
	 * Up to how many distinct authors an author filter walks author by author
	 * ({@link #authorWalk}); a filter that matches more (a few letters) walks the inbox's
	 * time index, where its mentions are dense enough to fill a page soon.
	 */
	static final int FEW_AUTHORS = 200;

	private static final String COLUMNS = """
			select m.id, m.version, m.title, m.url, m.body, m.author, m.author_url, m.site, m.published_at,
			       m.fetched_at, m.source_id, s.name as source_name, m.state, m.assignee_id,
			       u.display_name as assignee_name, m.incident_id,
			       (select count(*) from mention_sightings ms where ms.mention_id = m.id) as sightings""";

	private static final String FROM = """

			from mentions m
			join monitoring_sources s on s.id = m.source_id
			left join users u on u.id = m.assignee_id
			""";

	/** A mention's columns (CSV, lists without the matched queries). */
	static final String SELECT = COLUMNS + FROM;

	/**
	 * A mention's columns and the names of the queries it matched, in name order, in the
	 * same statement (the matches' primary key, then the queries').
	 */
	static final String SELECT_MATCHED = COLUMNS + """
			,
			       array(select q.name from mention_matches qm join monitoring_queries q on q.id = qm.query_id
			             where qm.mention_id = m.id order by q.name) as queries""" + FROM;

	private final NamedParameterJdbcTemplate jdbc;

	private final MentionConditions conditions;

	private final KnownAuthors authors;

	private final TimeBoxedCount count;

	private final Duration countBudget;

	MentionSearch(NamedParameterJdbcTemplate jdbc, MentionConditions conditions, KnownAuthors authors,
			TimeBoxedCount count, @Value("${smr.monitoring.count-budget:250ms}") Duration countBudget) {
		this.jdbc = jdbc;
		this.conditions = conditions;
		this.count = count;
		this.countBudget = countBudget;
		this.authors = authors;
	}

	Page<MentionRow> search(MentionFilter filter, CurrentUser user, Pageable pageable) {
		return Paging.within(MentionOrder.safe(pageable),
				(reachable) -> page(filter, user, reachable, Paging.MAX_ROWS + 1L));
	}

	/**
	 * A page of the inbox and what its filters offer: every query and every source by
	 * name, in one statement.
	 * @param filter the filters
	 * @param user who asks
	 * @param pageable the page and sort
	 * @param canTriage whether the user may triage
	 * @return the page
	 */
	InboxPage inboxPage(MentionFilter filter, CurrentUser user, Pageable pageable, boolean canTriage) {
		Page<MentionRow> page = inbox(filter, user, pageable);
		Map<Long, String> queries = new LinkedHashMap<>();
		Map<Long, String> sources = new LinkedHashMap<>();
		this.jdbc.query("""
				select 'q' as kind, id, name from monitoring_queries
				union all select 's', id, name from monitoring_sources order by 1, 3, 2""", (ResultSet rs) -> {
			("q".equals(rs.getString(1)) ? queries : sources).put(rs.getLong(2), rs.getString(3));
		});
		return new InboxPage(page, queries, sources, canTriage);
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
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<MentionRow> rows = decorate(
				this.jdbc.query(pageQuery(filter, user, pageable, params), params, (rs, i) -> matchedRow(rs)), user);
		if (rows.size() < pageable.getPageSize() && (!rows.isEmpty() || pageable.getOffset() == 0)) {
			// the last page: the total is known without counting
			return new PageImpl<>(rows, pageable, pageable.getOffset() + rows.size());
		}
		String where = this.conditions.where(filter, user, params);
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

	/**
	 * The page query: an author filter in time order walks author by author
	 * ({@link #authorWalk}); other time orders read their index in page order; any other
	 * order sorts the newest {@link Paging#MAX_ROWS} matching mentions, the most a pager
	 * reaches anyway, rather than every mention.
	 */
	private String pageQuery(MentionFilter filter, CurrentUser user, Pageable pageable, MapSqlParameterSource params) {
		String orderBy = MentionOrder.orderBy(pageable.getSort());
		if (MentionConditions.hasAuthor(filter) && MentionOrder.byFetchedOnly(pageable.getSort())) {
			return authorWalk(filter, user, pageable, params, orderBy);
		}
		String where = this.conditions.where(filter, user, params);
		String rowsWhere = MentionOrder.indexed(pageable.getSort()) ? where
				: " where m.id in (select m.id from mentions m" + where
						+ " order by m.fetched_at desc, m.id desc limit " + Paging.MAX_ROWS + ")";
		return SELECT_MATCHED + rowsWhere + orderBy + " limit :limit offset :offset";
	}

	/**
	 * The page of an author filter in fetch order. The pattern matches a few of some ten
	 * thousand distinct authors ({@code mention_authors}), whose mentions are spread thin
	 * over the inbox's time index (for "reader123", 25 rows among the newest 6,400); so
	 * each matching author's newest mentions up to the page's end are read from
	 * {@code mentions_author_fetched_idx} (V69: author, fetch time, id; an index-only
	 * read when no other filter is set), and the page is the newest of those. A pattern
	 * that matches more than {@link #FEW_AUTHORS} authors walks the time index as the
	 * other filters do: PostgreSQL runs only the branch whose one-time condition holds.
	 */
	private String authorWalk(MentionFilter filter, CurrentUser user, Pageable pageable, MapSqlParameterSource params,
			String orderBy) {
		StringBuilder each = new StringBuilder(
				"select m.id, m.fetched_at from mentions m where lower(m.author) = a.author");
		this.conditions.conditions(filter, user, params, false).forEach((c) -> each.append(" and ").append(c));
		String broad = this.conditions.where(filter, user, params);
		params.addValue("reach", pageable.getOffset() + pageable.getPageSize()).addValue("fewAuthors", FEW_AUTHORS);
		return "with authors as materialized (select a.author from mention_authors a"
				+ " where a.author like :author escape '\\' limit :fewAuthors + 1) " + SELECT_MATCHED
				+ " where m.id in ((select m.id from authors a cross join lateral (" + each + orderBy
				+ " limit :reach) m where (select count(*) from authors) <= :fewAuthors" + orderBy
				+ " limit :limit offset :offset) union all (select m.id from mentions m" + broad
				+ " and (select count(*) from authors) > :fewAuthors" + orderBy + " limit :limit offset :offset))"
				+ orderBy;
	}

	/**
	 * A step of a cursor walk ({@link org.smrdesk.core.ApiCursor}): the mentions the
	 * filters and the user's rights let through, created after one, in id order.
	 */
	List<MentionRow> walk(MentionFilter filter, CurrentUser user, long afterId, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = this.conditions.where(filter, user, params);
		params.addValue("after", afterId).addValue("limit", limit);
		String after = (where.isEmpty() ? " where " : where + " and ") + "m.id > :after";
		return decorate(this.jdbc.query(SELECT_MATCHED + after + " order by m.id limit :limit", params,
				(rs, i) -> matchedRow(rs)), user);
	}

	MentionRow one(Long id, CurrentUser user) {
		List<MentionRow> rows = this.jdbc.query(SELECT_MATCHED + " where m.id = :id",
				new MapSqlParameterSource("id", id), (rs, i) -> matchedRow(rs));
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
			where += " and " + MentionConditions.staffClause(user, params);
		}
		return this.jdbc.query(SELECT + where + " order by m.fetched_at desc limit :limit", params, (rs, i) -> row(rs));
	}

	/**
	 * The rows with the known contacts who wrote them, as far as the user may see them.
	 */
	private List<MentionRow> decorate(List<MentionRow> rows, CurrentUser user) {
		List<MentionRow> result = new ArrayList<>(rows.size());
		for (MentionRow row : rows) {
			KnownContact known = this.authors.find(row.author(), row.authorUrl(), row.site());
			result.add(row.with(row.queries(), (known != null && known.isVisibleTo(user)) ? known : null));
		}
		return result;
	}

	/** A row of {@link #SELECT_MATCHED}. */
	static MentionRow matchedRow(ResultSet rs) throws SQLException {
		Array queries = rs.getArray("queries");
		List<String> names = (queries != null) ? Arrays.asList((String[]) queries.getArray()) : List.of();
		return row(rs).with(names, null);
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
