package org.smrdesk.incident;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smrdesk.core.Notice;
import org.smrdesk.core.NotificationKind;
import org.smrdesk.core.ReminderSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reminds a follow-up's owner on the day it is due, and once more when it is overdue.
 */
@Component
class FollowUpReminders implements ReminderSource {

	private final JdbcTemplate jdbc;

	FollowUpReminders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Notice> due(LocalDate today) {
		List<Notice> notices = new ArrayList<>();
		this.jdbc.query("""
				select f.id, f.description, f.due_on, f.owner_id, r.incident_id, i.title
				from incident_follow_ups f join incident_reviews r on r.id = f.review_id
				join incidents i on i.id = r.incident_id
				where f.state = 'OPEN' and f.due_on <= ?""", (rs) -> {
			LocalDate due = rs.getDate(3).toLocalDate();
			boolean overdue = due.isBefore(today);
			String what = rs.getString(2);
			String description = (what.length() > 120) ? what.substring(0, 120) + "…" : what;
			notices.add(Notice.reminder(NotificationKind.FOLLOW_UP_DUE, List.of(rs.getLong(4)),
					"/incidents/" + rs.getLong(5) + "/review",
					"follow-up-" + (overdue ? "overdue" : "due") + ":" + rs.getLong(1), description, due.toString(),
					rs.getString(6), overdue ? 1 : 0));
		}, Date.valueOf(today));
		return notices;
	}

}
