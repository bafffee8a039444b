package org.smrdesk.policy;

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
 * Tells a policy's owner when its review date has come (once per review date).
 */
@Component
class PolicyReviewReminders implements ReminderSource {

	private final JdbcTemplate jdbc;

	PolicyReviewReminders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Notice> due(LocalDate today) {
		List<Notice> notices = new ArrayList<>();
		this.jdbc.query("select id, title, next_review_on, owner_id from policies where next_review_on <= ?", (rs) -> {
			LocalDate due = rs.getDate(3).toLocalDate();
			notices.add(Notice.reminder(NotificationKind.POLICY_REVIEW_DUE, List.of(rs.getLong(4)),
					"/policies/" + rs.getLong(1), "policy-review:" + rs.getLong(1) + ":" + due, rs.getString(2),
					due.toString()));
		}, Date.valueOf(today));
		return notices;
	}

}
