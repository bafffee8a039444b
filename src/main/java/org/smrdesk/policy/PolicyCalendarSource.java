package org.smrdesk.policy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.smrdesk.core.CalendarEntry;
import org.smrdesk.core.CalendarSource;
import org.smrdesk.core.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Policy review dates: the person's own policies, and every policy for the lead (who
 * keeps them all).
 */
@Component
@Order(20)
class PolicyCalendarSource implements CalendarSource {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	PolicyCalendarSource(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<CalendarEntry> entriesFor(CurrentUser user, LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				select id, title, next_review_on from policies
				where next_review_on between ? and ? and (? or owner_id = ?)
				order by next_review_on, id limit ?""", (rs, i) -> {
			String title = rs.getString(2);
			return new CalendarEntry("policy-review-" + rs.getLong(1), rs.getDate(3).toLocalDate(),
					text("calendar.policy.review", title), text("calendar.policy.review.description", title),
					"/policies/" + rs.getLong(1), text("calendar.policy.category"));
		}, Date.valueOf(from), Date.valueOf(to), user.isLead(), user.id(), CalendarEntry.MAX_PER_SOURCE);
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.ENGLISH);
	}

}
