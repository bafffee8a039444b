package org.smrdesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smrdesk.goal.Period;
import org.smrdesk.core.Notice;
import org.smrdesk.core.NotificationKind;
import org.smrdesk.notification.Notifier;
import org.smrdesk.core.ReminderSource;

import org.springframework.stereotype.Component;

/**
 * On the first day of each month, tells the managers (in the app and by e-mail, as each
 * chose) that last month's report is ready, and on the first day of a quarter also last
 * quarter's; once per report and person.
 */
@Component
class ReportReminder implements ReminderSource {

	private final Notifier notifier;

	ReportReminder(Notifier notifier) {
		this.notifier = notifier;
	}

	@Override
	public List<Notice> due(LocalDate today) {
		if (today.getDayOfMonth() != 1) {
			return List.of();
		}
		LocalDate lastDay = today.minusDays(1);
		List<Period> ready = new ArrayList<>(List.of(Period.monthOf(lastDay)));
		if (today.getMonthValue() % 3 == 1) {
			ready.add(Period.quarterOf(lastDay));
		}
		List<Long> managers = this.notifier.managers();
		return ready.stream()
			.map((period) -> Notice.reminder(NotificationKind.REPORT_READY, managers, "/reports/" + period,
					"report:" + period, period.toString()))
			.toList();
	}

}
