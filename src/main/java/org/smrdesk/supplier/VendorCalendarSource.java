package org.smrdesk.supplier;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Vendor renewals and notice deadlines (renewal date minus notice days) of vendors that
 * are active or ending: every vendor for the lead and the managers (who see contracts and
 * costs), otherwise the vendors the person is the primary contact of. No cost is written.
 */
@Component
@Order(10)
class VendorCalendarSource implements CalendarSource {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	VendorCalendarSource(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<CalendarEntry> entriesFor(CurrentUser user, LocalDate from, LocalDate to) {
		boolean all = user.isLead() || user.isManager();
		List<CalendarEntry> entries = new ArrayList<>();
		this.jdbc.query("""
				select id, name, renewal_date, renewal_date - coalesce(notice_days, 0) as deadline, notice_days
				from vendors
				where status in ('ACTIVE', 'ENDING') and renewal_date is not null
				  and renewal_date >= ? and renewal_date - coalesce(notice_days, 0) <= ?
				  and (? or primary_contact_id = ?)
				order by renewal_date, id limit ?""", (rs) -> {
			long id = rs.getLong(1);
			String name = rs.getString(2);
			LocalDate renewal = rs.getDate(3).toLocalDate();
			LocalDate deadline = rs.getDate(4).toLocalDate();
			String path = "/vendors/" + id;
			if (!renewal.isAfter(to)) {
				entries.add(new CalendarEntry("vendor-renewal-" + id, renewal, text("calendar.vendor.renewal", name),
						text("calendar.vendor.renewal.description", name), path, text("calendar.vendor.category")));
			}
			if (rs.getObject(5) != null && rs.getInt(5) > 0 && !deadline.isBefore(from)) {
				entries.add(new CalendarEntry("vendor-notice-" + id, deadline, text("calendar.vendor.notice", name),
						text("calendar.vendor.notice.description", name, renewal.toString()), path,
						text("calendar.vendor.category")));
			}
		}, Date.valueOf(from), Date.valueOf(to), all, user.id(), CalendarEntry.MAX_PER_SOURCE / 2);
		return entries;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.ENGLISH);
	}

}
