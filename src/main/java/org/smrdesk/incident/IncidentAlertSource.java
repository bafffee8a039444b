package org.smrdesk.incident;

import java.sql.Date;
import java.util.List;

import org.smrdesk.core.AlertSource;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Times;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's incident alerts, in one statement: open follow-ups past their due date
 * (for the lead, who chases them; most overdue first) and resolved incidents waiting for
 * a manager's sign-off (for the lead and managers; longest waiting first, by resolution
 * as {@link IncidentReviewService#awaitingSignOff} orders them), a few of each.
 */
@Component
@Order(20)
class IncidentAlertSource implements AlertSource {

	static final int LIMIT = 5;

	private final JdbcTemplate jdbc;

	private final Times times;

	IncidentAlertSource(JdbcTemplate jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public List<Alert> alerts(CurrentUser user) {
		return this.jdbc.query("""
				(select 'follow-up' as kind, r.incident_id, f.description as title, u.display_name, f.due_on
				 from incident_follow_ups f join incident_reviews r on r.id = f.review_id
				 join users u on u.id = f.owner_id
				 where ? and f.state = 'OPEN' and f.due_on < ? order by f.due_on, f.id limit ?)
				union all
				(select 'review', i.id, i.title, null, null from incidents i where i.status = 'RESOLVED'
				 order by coalesce((select max(e.occurred_at) from incident_timeline_entries e
				   where e.incident_id = i.id and e.type = 'STATUS_CHANGE' and e.to_status = 'RESOLVED'
				   and (e.from_status is null or e.from_status <> 'REPORTED')), i.detected_at), i.id limit ?)""",
				(rs, row) -> {
					long incident = rs.getLong("incident_id");
					if ("review".equals(rs.getString("kind"))) {
						return new Alert("review", List.of(rs.getString("title")),
								"/incidents/" + incident + "/review");
					}
					return new Alert("follow-up", List.of(rs.getString("title"), rs.getString("display_name"),
							rs.getDate("due_on").toLocalDate().toString()), "/incidents/" + incident);
				}, user.isLead(), Date.valueOf(this.times.today()), LIMIT, LIMIT);
	}

}
