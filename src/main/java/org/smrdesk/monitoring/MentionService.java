package org.smrdesk.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.Times;
import org.smrdesk.incident.Incident;
import org.smrdesk.incident.IncidentForm;
import org.smrdesk.incident.IncidentService;
import org.smrdesk.incident.TimelineService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentions inbox: search with filters (staff see the mentions of queries that matter
 * to their department), triage (state, assignee, in bulk), CSV export, escalation into
 * incidents, and the mentions of an incident or a contact.
 */
@Service
@Transactional(readOnly = true)
public class MentionService {

	/** The columns the inbox may sort by. */
	static final Map<String, String> SORTS = Map.of("fetchedAt", "m.fetched_at", "publishedAt", "m.published_at",
			"title", "m.title", "author", "lower(m.author)", "state", "m.state", "source", "s.name");

	private static final String SELECT = """
			select m.id, m.version, m.title, m.url, m.body, m.author, m.author_url, m.site, m.published_at,
			       m.fetched_at, m.source_id, s.name as source_name, m.state, m.assignee_id,
			       u.display_name as assignee_name, m.incident_id,
			       (select count(*) from mention_sightings ms where ms.mention_id = m.id) as sightings
			from mentions m
			join monitoring_sources s on s.id = m.source_id
			left join users u on u.id = m.assignee_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final KnownAuthors authors;

	private final IncidentService incidents;

	private final TimelineService timeline;

	private final NamedParameterJdbcTemplate streaming;

	private final Clock clock;

	private final Times times;

	private final org.springframework.context.ApplicationEventPublisher events;

	MentionService(NamedParameterJdbcTemplate jdbc, KnownAuthors authors, IncidentService incidents,
			TimelineService timeline, DataSource dataSource, Clock clock, Times times,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.authors = authors;
		this.incidents = incidents;
		this.timeline = timeline;
		this.clock = clock;
		this.times = times;
	}

	/**
	 * A page of mentions matching the filters that the user may see.
	 * @param filter the filters
	 * @param user who asks
	 * @param pageable the page and sort (sort properties from {@link #SORTS} only)
	 * @return the page
	 */
	public Page<MentionRow> search(MentionFilter filter, CurrentUser user, Pageable pageable) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, user, params);
		Long total = this.jdbc.queryForObject(
				"select count(*) from mentions m join monitoring_sources s on s.id = m.source_id" + where, params,
				Long.class);
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<MentionRow> rows = this.jdbc.query(
				SELECT + where + orderBy(pageable.getSort()) + " limit :limit offset :offset", params,
				(rs, i) -> row(rs));
		return new PageImpl<>(decorate(rows, user), pageable, (total != null) ? total : 0);
	}

	/**
	 * Writes every mention matching the filters as CSV, row by row from a database
	 * cursor.
	 * @param filter the filters
	 * @param user who asks
	 * @param sort the order
	 * @param out where to write
	 */
	public void export(MentionFilter filter, CurrentUser user, Sort sort, Writer out) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, user, params);
		try {
			// not closed here: the caller owns the stream
			CSVPrinter printer = CSVFormat.RFC4180.builder()
				.setHeader("id", "state", "published_at", "fetched_at", "source", "author", "title", "url", "text",
						"assignee", "incident_id")
				.get()
				.print(out);
			this.streaming.query(SELECT + where + orderBy(sort), params, (ResultSet rs) -> {
				MentionRow row = row(rs);
				try {
					printer.printRecord(row.id(), row.state(), row.publishedAt(), row.fetchedAt(),
							safe(row.sourceName()), safe(row.author()), safe(row.title()), safe(row.url()),
							safe(row.excerpt(2000)), safe(row.assigneeName()), row.incidentId());
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

	private static String safe(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + cell : cell;
	}

	/**
	 * One mention the user may see.
	 * @param id the mention
	 * @param user who asks
	 * @return the mention with its queries and known author
	 */
	public MentionRow get(Long id, CurrentUser user) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", id);
		List<MentionRow> rows = this.jdbc.query(SELECT + " where m.id = :id", params, (rs, i) -> row(rs));
		if (rows.isEmpty()) {
			throw new NotFoundException("Mention", id);
		}
		if (!canSee(id, user)) {
			throw new AccessDeniedException("Not a mention of this user's department");
		}
		return decorate(rows, user).get(0);
	}

	/**
	 * The sources that saw a mention.
	 * @param id the mention
	 * @return the sightings, first first
	 */
	public List<Sighting> sightings(Long id) {
		return this.jdbc.query("""
				select s.id, s.name, ms.seen_at, ms.url from mention_sightings ms
				join monitoring_sources s on s.id = ms.source_id where ms.mention_id = :id order by ms.seen_at""",
				new MapSqlParameterSource("id", id), (rs, i) -> new Sighting(rs.getLong(1), rs.getString(2),
						rs.getTimestamp(3).toInstant(), rs.getString(4)));
	}

	/**
	 * The latest mentions, for "test this query".
	 * @param limit how many
	 * @return the mentions, newest first
	 */
	public List<MentionRow> latest(int limit) {
		return this.jdbc.query(SELECT + " order by m.fetched_at desc, m.id desc limit :limit",
				new MapSqlParameterSource("limit", limit), (rs, i) -> row(rs));
	}

	/**
	 * Whether the user may triage mentions at all (the lead and staff; managers read).
	 * @param user who
	 * @return true if so
	 */
	public static boolean canTriage(CurrentUser user) {
		return user.isLead() || user.isStaff();
	}

	/**
	 * Changes a mention's state and assignee.
	 * @param id the mention
	 * @param state the new state (null keeps it)
	 * @param assigneeId the new assignee (null keeps it unless {@code unassign})
	 * @param unassign whether to clear the assignee
	 * @param version the version the user saw (null skips the check, as bulk actions do)
	 * @param user who
	 */
	@Transactional
	public void triage(Long id, MentionState state, Long assigneeId, boolean unassign, Long version, CurrentUser user) {
		get(id, user);
		requireTriage(user);
		if (state == MentionState.ESCALATED) {
			throw new FieldException("state", "monitoring.mention.escalate.useIncident");
		}
		MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("state", nameOf(state))
			.addValue("assignee", assigneeId)
			.addValue("unassign", unassign)
			.addValue("version", version);
		int changed = this.jdbc.update("""
				update mentions set state = coalesce(:state, state),
				       assignee_id = case when :unassign then null else coalesce(:assignee, assignee_id) end,
				       version = version + 1
				where id = :id and (cast(:version as bigint) is null or version = :version)""", params);
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Mention " + id + " was changed by someone else");
		}
	}

	/**
	 * Triages a selection at once; mentions the user may not see are left alone.
	 * @param ids the mentions
	 * @param state the new state, or null
	 * @param assigneeId the new assignee, or null
	 * @param unassign whether to clear the assignee
	 * @param user who
	 * @return how many changed
	 */
	@Transactional
	public int bulk(List<Long> ids, MentionState state, Long assigneeId, boolean unassign, CurrentUser user) {
		requireTriage(user);
		if (ids == null || ids.isEmpty()) {
			return 0;
		}
		if (state == MentionState.ESCALATED) {
			throw new FieldException("state", "monitoring.mention.escalate.useIncident");
		}
		MapSqlParameterSource params = new MapSqlParameterSource("ids", ids).addValue("state", nameOf(state))
			.addValue("assignee", assigneeId)
			.addValue("unassign", unassign);
		String visible = user.isStaff() ? " and " + staffClause(user, params) : "";
		return this.jdbc.update("""
				update mentions m set state = coalesce(:state, state),
				       assignee_id = case when :unassign then null else coalesce(:assignee, assignee_id) end,
				       version = version + 1
				where m.id in (:ids) and m.state <> 'ESCALATED'""" + visible, params);
	}

	/**
	 * Opens an incident from a mention: the mention becomes its first linked-mention
	 * timeline entry and is marked escalated.
	 * @param id the mention
	 * @param form the incident as the user completed it
	 * @param user who
	 * @return the incident
	 */
	@Transactional
	public Incident escalate(Long id, IncidentForm form, CurrentUser user) {
		MentionRow mention = get(id, user);
		requireTriage(user);
		Incident incident = this.incidents.report(form, user);
		link(mention, incident.getId(), user);
		this.events.publishEvent(
				new org.smrdesk.event.MentionEscalated(id, incident.getId(), incident.getTitle(), mention.url()));
		return incident;
	}

	/**
	 * Adds a mention to an open incident.
	 * @param id the mention
	 * @param incidentId the incident
	 * @param user who
	 */
	@Transactional
	public void addToIncident(Long id, Long incidentId, CurrentUser user) {
		MentionRow mention = get(id, user);
		requireTriage(user);
		Incident incident = this.incidents.get(incidentId, user);
		if (!incident.getStatus().isOpen()) {
			throw new RuleException("monitoring.mention.incidentClosed");
		}
		if (incidentId.equals(mention.incidentId())) {
			return;
		}
		link(mention, incidentId, user);
	}

	void link(MentionRow mention, Long incidentId, CurrentUser user) {
		String who = (mention.author() != null) ? mention.author() + ": " : "";
		this.timeline.linkMention(incidentId, who + mention.displayTitle(), mention.url(),
				(mention.site() != null) ? mention.site() : mention.sourceName(), mention.when(), user);
		this.jdbc.update("""
				update mentions set state = 'ESCALATED', incident_id = :incident, version = version + 1
				where id = :id""", new MapSqlParameterSource("id", mention.id()).addValue("incident", incidentId));
	}

	/**
	 * The pre-filled incident for a mention.
	 * @param mention the mention
	 * @return the form
	 */
	public IncidentForm incidentFormFor(MentionRow mention) {
		IncidentForm form = new IncidentForm();
		String title = mention.displayTitle();
		form.setTitle((title.length() > 200) ? title.substring(0, 200) : title);
		String who = (mention.author() != null) ? mention.author() + ": " : "";
		String summary = who + mention.excerpt(4000);
		form.setSummary(summary.isBlank() ? title : summary);
		form.setLink((mention.url() != null && mention.url().length() <= 1000) ? mention.url() : null);
		form.setServiceName((mention.site() != null) ? mention.site() : mention.sourceName());
		Instant when = mention.when();
		Instant now = this.times.now();
		// in the signed-in user's zone, the one the incident form reads it back in
		form.setDetectedAt(this.times.toLocal(when.isAfter(now) ? now : when).withSecond(0).withNano(0));
		return form;
	}

	/**
	 * The open incidents the user may add a mention to.
	 * @param user who
	 * @return the incidents
	 */
	public List<Incident> openIncidents(CurrentUser user) {
		return this.incidents.open(user, 50).stream().map(IncidentService.Listed::incident).toList();
	}

	/**
	 * The mentions linked to an incident.
	 * @param incidentId the incident
	 * @return the mentions, oldest first
	 */
	public List<MentionRow> ofIncident(Long incidentId) {
		return this.jdbc.query(SELECT + " where m.incident_id = :incident order by m.fetched_at limit 200",
				new MapSqlParameterSource("incident", incidentId), (rs, i) -> row(rs));
	}

	/**
	 * The mentions a contact wrote, recognised by handle, profile URL or blog domain.
	 * @param contactId the contact
	 * @param user who looks (staff see their department's only)
	 * @param limit how many
	 * @return the mentions, newest first
	 */
	public List<MentionRow> ofContact(Long contactId, CurrentUser user, int limit) {
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

	private void requireTriage(CurrentUser user) {
		if (!canTriage(user)) {
			throw new AccessDeniedException("Managers read mentions only");
		}
	}

	private boolean canSee(Long id, CurrentUser user) {
		if (!user.isStaff()) {
			return true;
		}
		MapSqlParameterSource params = new MapSqlParameterSource("id", id);
		Integer n = this.jdbc.queryForObject(
				"select count(*) from mentions m where m.id = :id and " + staffClause(user, params), params,
				Integer.class);
		return n != null && n > 0;
	}

	static String staffClause(CurrentUser user, MapSqlParameterSource params) {
		params.addValue("department", user.departmentId());
		return """
				exists (select 1 from mention_matches mm
				        join monitoring_query_departments qd on qd.query_id = mm.query_id
				        where mm.mention_id = m.id and qd.department_id = :department)""";
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
		if (filter.from() != null) {
			conditions.add("m.fetched_at >= :from");
			params.addValue("from", Timestamp.from(filter.from().atStartOfDay(this.clock.getZone()).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("m.fetched_at < :to");
			params.addValue("to",
					Timestamp.from(filter.to().plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()));
		}
		if (filter.author() != null && !filter.author().isBlank()) {
			conditions.add("lower(m.author) like :author escape '\\'");
			params.addValue("author", "%" + like(filter.author().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
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

	/**
	 * The page request with only the sort properties the inbox knows (others are dropped,
	 * so a hand-edited link shows the default order rather than an error).
	 * @param pageable the page request
	 * @return the safe page request
	 */
	static Pageable safe(Pageable pageable) {
		Sort sort = Sort.by(pageable.getSort().stream().filter((o) -> SORTS.containsKey(o.getProperty())).toList());
		return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				sort.isSorted() ? sort : Sort.by(Sort.Direction.DESC, "fetchedAt"));
	}

	static String orderBy(Sort sort) {
		List<String> parts = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTS.get(order.getProperty());
			if (column == null) {
				throw new FieldException("sort", "monitoring.mention.sort.unknown");
			}
			parts.add(column + (order.isAscending() ? " asc nulls last" : " desc nulls last"));
		}
		if (parts.isEmpty()) {
			parts.add("m.fetched_at desc");
		}
		parts.add("m.id desc");
		return " order by " + String.join(", ", parts);
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

	private static String nameOf(MentionState state) {
		return (state != null) ? state.name() : null;
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

	/**
	 * A source that saw a mention.
	 *
	 * @param sourceId the source
	 * @param sourceName its name
	 * @param seenAt when
	 * @param url the address it gave
	 */
	public record Sighting(Long sourceId, String sourceName, Instant seenAt, String url) {
	}

}
