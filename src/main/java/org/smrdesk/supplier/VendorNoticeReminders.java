package org.smrdesk.supplier;

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
 * Tells the leads once when a vendor contract's notice deadline (renewal date minus
 * notice days) is 14 days away or nearer (a day the job missed is caught up), while the
 * vendor is active or ending.
 */
@Component
class VendorNoticeReminders implements ReminderSource {

	/** How far ahead of the notice deadline the leads hear of it. */
	static final int DAYS_AHEAD = 14;

	private final JdbcTemplate jdbc;

	VendorNoticeReminders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Notice> due(LocalDate today) {
		List<Long> leads = this.jdbc.queryForList("select id from users where role = 'LEAD' and active", Long.class);
		List<Notice> notices = new ArrayList<>();
		this.jdbc.query("""
				select id, name, renewal_date, renewal_date - coalesce(notice_days, 0) from vendors
				where status in ('ACTIVE', 'ENDING') and renewal_date is not null
				  and renewal_date - coalesce(notice_days, 0) between ? and ?""", (rs) -> {
			LocalDate renewal = rs.getDate(3).toLocalDate();
			LocalDate deadline = rs.getDate(4).toLocalDate();
			notices.add(Notice.reminder(NotificationKind.VENDOR_NOTICE_DUE, leads, "/vendors/" + rs.getLong(1),
					"vendor-notice:" + rs.getLong(1) + ":" + renewal, rs.getString(2), deadline.toString(),
					renewal.toString()));
		}, Date.valueOf(today), Date.valueOf(today.plusDays(DAYS_AHEAD)));
		return notices;
	}

}
