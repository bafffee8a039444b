package org.smrdesk.incident;

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
 * Due dates of open follow-ups from post-incident reviews: the person's own (as on their
 * home page), and everybody's for the lead.
 */
@Component
@Order(30)
class FollowUpCalendarSource implements CalendarSource {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	FollowUpCalendarSource(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<CalendarEntry> entriesFor(CurrentUser user, LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				select f.id, f.description, f.due_on, r.incident_id, i.title
				from incident_follow_ups f join incident_reviews r on r.id = f.review_id
				join incidents i on i.id = r.incident_id
				where f.state = 'OPEN' and f.due_on between ? and ? and (? or f.owner_id = ?)
				order by f.due_on, f.id limit ?""", (rs, i) -> {
			String what = rs.getString(2);
			String summary = (what.length() > 120) ? what.substring(0, 120) + "…" : what;
			return new CalendarEntry("follow-up-" + rs.getLong(1), rs.getDate(3).toLocalDate(),
					text("calendar.followUp.due", summary),
					text("calendar.followUp.description", rs.getString(5), what), "/incidents/" + rs.getLong(4),
					text("calendar.followUp.category"));
		}, Date.valueOf(from), Date.valueOf(to), user.isLead(), user.id(), CalendarEntry.MAX_PER_SOURCE);
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.ENGLISH);
	}

}
