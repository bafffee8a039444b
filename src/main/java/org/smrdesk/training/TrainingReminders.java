package org.smrdesk.training;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.smrdesk.core.Times;
import org.smrdesk.core.Notice;
import org.smrdesk.core.NotificationKind;
import org.smrdesk.core.ReminderSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reminds the people enrolled in a session the day before it starts (company zone).
 */
@Component
class TrainingReminders implements ReminderSource {

	private final JdbcTemplate jdbc;

	private final Times times;

	TrainingReminders(JdbcTemplate jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public List<Notice> due(LocalDate today) {
		ZoneId zone = this.times.companyZone();
		List<Notice> notices = new ArrayList<>();
		this.jdbc.query("""
				select s.id, t.title, s.starts_at, s.location, array_agg(e.user_id order by e.user_id)
				from training_sessions s join trainings t on t.id = s.training_id
				join training_enrolments e on e.session_id = s.id and e.status = 'ENROLLED'
				where s.starts_at >= ? and s.starts_at < ?
				group by s.id, t.title, s.starts_at, s.location""", (rs) -> {
			List<Long> people = List.of((Long[]) rs.getArray(5).getArray());
			String when = Times.format(rs.getTimestamp(3).toInstant(), zone);
			notices
				.add(Notice.reminder(NotificationKind.TRAINING_TOMORROW, people, "/trainings/sessions/" + rs.getLong(1),
						"training:" + rs.getLong(1), rs.getString(2), when, rs.getString(4)));
		}, Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant()),
				Timestamp.from(today.plusDays(2).atStartOfDay(zone).toInstant()));
		return notices;
	}

}
