package org.smrdesk.monitoring;

import java.io.Writer;
import java.time.Instant;
import java.util.List;

import org.smrdesk.audit.AuditService;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentions inbox: search with filters (staff see the mentions of queries that matter
 * to their department), triage (state, assignee, in bulk; each change in the audit log),
 * CSV export, and the mentions of an incident or a contact. Escalation into incidents is
 * {@link MentionEscalation}.
 */
@Service
@Transactional(readOnly = true)
public class MentionService {

	/** The entity type of mentions in the audit log. */
	static final String AUDIT_TYPE = "Mention";

	private final NamedParameterJdbcTemplate jdbc;

	private final MentionSearch search;

	private final MentionExport csv;

	private final AuditService audit;

	private final KnownAuthors authors;

	MentionService(NamedParameterJdbcTemplate jdbc, MentionSearch search, MentionExport csv, AuditService audit,
			KnownAuthors authors) {
		this.jdbc = jdbc;
		this.search = search;
		this.csv = csv;
		this.audit = audit;
		this.authors = authors;
	}

	/**
	 * The keys of every tracked contact's mentions (kept five minutes), to count them in
	 * {@code mention_author_daily_counts}.
	 * @return the keys
	 */
	public AuthorKeys trackedAuthorKeys() {
		return this.authors.tracked();
	}

	/**
	 * A page of mentions matching the filters that the user may see: pages reach
	 * {@link org.smrdesk.core.Paging#MAX_ROWS} rows at most, and the total is counted up
	 * to there.
	 * @param filter the filters
	 * @param user who asks
	 * @param pageable the page and sort (unknown sort properties fall back to the
	 * default)
	 * @return the page
	 */
	public Page<MentionRow> search(MentionFilter filter, CurrentUser user, Pageable pageable) {
		return this.search.search(filter, user, pageable);
	}

	/**
	 * A step of a cursor walk through the mentions {@link #search} finds, in the order
	 * they were created ({@link org.smrdesk.core.ApiCursor}).
	 * @param filter the filters
	 * @param user who asks
	 * @param afterId the last id already answered (0 to start)
	 * @param limit how many at most
	 * @return the mentions in id order
	 */
	public List<MentionRow> walk(MentionFilter filter, CurrentUser user, long afterId, int limit) {
		return this.search.walk(filter, user, afterId, limit);
	}

	/**
	 * A page of the inbox: as {@link #search}, but counted only a few pages beyond this
	 * one (an {@link UncountedPage} says how many there are at least).
	 * @param filter the filters
	 * @param user who asks
	 * @param pageable the page and sort
	 * @return the page
	 */
	public Page<MentionRow> inbox(MentionFilter filter, CurrentUser user, Pageable pageable) {
		return this.search.inbox(filter, user, pageable);
	}

	/**
	 * The inbox in one transaction: a page as {@link #inbox} and what its filters offer
	 * (every query and every source by name, one statement).
	 * @param filter the filters
	 * @param user who asks
	 * @param pageable the page and sort
	 * @return the page
	 */
	public InboxPage inboxPage(MentionFilter filter, CurrentUser user, Pageable pageable) {
		return this.search.inboxPage(filter, user, pageable, canTriage(user));
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
		this.csv.export(filter, user, sort, out);
	}

	/**
	 * One mention the user may see.
	 * @param id the mention
	 * @param user who asks
	 * @return the mention with its queries and known author
	 */
	public MentionRow get(Long id, CurrentUser user) {
		MentionRow row = this.search.one(id, user);
		if (row == null) {
			throw new NotFoundException("Mention", id);
		}
		if (!canSee(id, user)) {
			throw new AccessDeniedException("Not a mention of this user's department");
		}
		return row;
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
		return this.search.latest(limit);
	}

	/**
	 * The mentions linked to an incident.
	 * @param incidentId the incident
	 * @return the mentions, oldest first
	 */
	public List<MentionRow> ofIncident(Long incidentId) {
		return this.search.ofIncident(incidentId);
	}

	/**
	 * The mentions a contact wrote, recognised by handle, profile URL or blog domain.
	 * @param contactId the contact
	 * @param user who looks (staff see their department's only)
	 * @param limit how many
	 * @return the mentions, newest first
	 */
	public List<MentionRow> ofContact(Long contactId, CurrentUser user, int limit) {
		return this.search.ofContact(contactId, user, limit);
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
		audited(List.of(id), user);
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
		String visible = user.isStaff() ? " and " + MentionConditions.staffClause(user, params) : "";
		List<Long> changed = this.jdbc.queryForList("""
				update mentions m set state = coalesce(:state, state),
				       assignee_id = case when :unassign then null else coalesce(:assignee, assignee_id) end,
				       version = version + 1
				where m.id in (:ids) and m.state <> 'ESCALATED'""" + visible + " returning m.id", params, Long.class);
		audited(changed, user);
		return changed.size();
	}

	/**
	 * Writes an audit entry per changed mention.
	 * @param ids the mentions
	 * @param user who changed them
	 */
	void audited(List<Long> ids, CurrentUser user) {
		ids.forEach((id) -> this.audit.record(user.email(), "UPDATE", AUDIT_TYPE, id));
	}

	static void requireTriage(CurrentUser user) {
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
				"select count(*) from mentions m where m.id = :id and " + MentionConditions.staffClause(user, params),
				params, Integer.class);
		return n != null && n > 0;
	}

	private static String nameOf(MentionState state) {
		return (state != null) ? state.name() : null;
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
