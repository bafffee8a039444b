package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Text;
import org.smrdesk.core.Times;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The inbox's filters as SQL conditions on {@code mentions m}, built from the filters
 * actually set (so each query gets its own plan and index), and the staff rule: a staff
 * member sees the mentions of queries that matter to their department. Dates are days in
 * the signed-in user's zone.
 */
@Component
class MentionConditions {

	/** The staff rule, with the department as {@code :staffDepartment}. */
	private static final String STAFF = """
			exists (select 1 from mention_matches mm where mm.mention_id = m.id and mm.query_id in (
			    select qd.query_id from monitoring_query_departments qd where qd.department_id = :staffDepartment))""";

	private final Times times;

	MentionConditions(Times times) {
		this.times = times;
	}

	/**
	 * The WHERE clause of every filter set and of the user's rights.
	 * @param filter the filters
	 * @param user who asks
	 * @param params where the parameters go
	 * @return the clause with its leading {@code where}, or an empty string
	 */
	String where(MentionFilter filter, CurrentUser user, MapSqlParameterSource params) {
		return where(conditions(filter, user, params, true));
	}

	/**
	 * The conditions of the filters set and of the user's rights.
	 * @param filter the filters
	 * @param user who asks
	 * @param params where the parameters go
	 * @param withAuthor whether to include the author filter (the author walk applies it
	 * itself, {@link MentionSearch})
	 * @return the conditions
	 */
	List<String> conditions(MentionFilter filter, CurrentUser user, MapSqlParameterSource params, boolean withAuthor) {
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
		if (hasAuthor(filter)) {
			params.addValue("author", authorPattern(filter));
			if (withAuthor) {
				// the distinct authors first (mention_authors, V68), then their mentions
				// by mentions_author_fetched_idx (V69)
				conditions.add(
						"lower(m.author) in (select a.author from mention_authors a where a.author like :author escape '\\')");
			}
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
		return conditions;
	}

	/**
	 * The condition that a mention matches a query that matters to the user's department,
	 * in the same statement (the department's queries are a few rows of
	 * {@code monitoring_query_departments}; each mention is checked by the matches'
	 * primary key).
	 * @param user a staff member
	 * @param params where the parameter goes
	 * @return the SQL condition on {@code m}
	 */
	static String staffClause(CurrentUser user, MapSqlParameterSource params) {
		params.addValue("staffDepartment", user.departmentId());
		return STAFF;
	}

	static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	static boolean hasAuthor(MentionFilter filter) {
		return filter.author() != null && !filter.author().isBlank();
	}

	private static String authorPattern(MentionFilter filter) {
		String text = filter.author().strip().toLowerCase(Locale.ROOT);
		return "%" + Text.likeEscaped(text) + "%";
	}

}
