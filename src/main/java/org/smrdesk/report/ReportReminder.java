package org.smrdesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smrdesk.goal.Period;
import org.smrdesk.core.MailAttachment;
import org.smrdesk.core.Notice;
import org.smrdesk.core.NotificationKind;
import org.smrdesk.notification.Notifier;
import org.smrdesk.core.ReminderSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the first day of each month, tells the managers (in the app and by e-mail, as each
 * chose) that last month's report is ready, and on the first day of a quarter also last
 * quarter's; once per report and person. The e-mail carries the report as a PDF, made
 * once per report and stored with each mail in the outbox (a retry sends the same file);
 * a daily digest links to it.
 */
@Component
class ReportReminder implements ReminderSource {

	private final Notifier notifier;

	private final ReportService reports;

	private final ReportPdf pdf;

	private final MessageSource messages;

	ReportReminder(Notifier notifier, ReportService reports, ReportPdf pdf, MessageSource messages) {
		this.notifier = notifier;
		this.reports = reports;
		this.pdf = pdf;
		this.messages = messages;
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
		if (managers.isEmpty()) {
			return List.of();
		}
		String printedBy = this.messages.getMessage("report.mail.printed-by", null, LocaleContextHolder.getLocale());
		return ready.stream()
			.map((period) -> Notice
				.reminder(NotificationKind.REPORT_READY, managers, "/reports/" + period, "report:" + period,
						period.toString())
				.with(new MailAttachment(ReportPdf.filename(period), "application/pdf",
						this.pdf.render(this.reports.report(period), printedBy))))
			.toList();
	}

}
