package org.smrdesk.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;
import org.smrdesk.core.Notice;
import org.smrdesk.core.NotificationKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managers hear of last month's report on the first of the month, and of last quarter's
 * too on the first day of a quarter; on other days nothing.
 */
@IntegrationTest
class ReportReminderTests {

	@Autowired
	private ReportReminder reminder;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void managersAreToldOfTheMonthlyAndQuarterlyReportsOnTheFirstDay() {
		long manager = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.MANAGER, "Report Reminders"));
		long lead = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.LEAD, "Report Reminders"));
		List<Notice> october = this.reminder.due(LocalDate.of(2026, 10, 1));
		assertThat(october).extracting(Notice::link).containsExactly("/reports/2026-09", "/reports/2026-Q3");
		assertThat(october).allSatisfy((notice) -> {
			assertThat(notice.kind()).isEqualTo(NotificationKind.REPORT_READY);
			assertThat(notice.recipients()).contains(manager).doesNotContain(lead);
			assertThat(notice.dedupKey()).startsWith("report:");
		});
		assertThat(this.reminder.due(LocalDate.of(2026, 11, 1))).extracting(Notice::link)
			.containsExactly("/reports/2026-10");
		assertThat(this.reminder.due(LocalDate.of(2027, 1, 1))).extracting(Notice::link)
			.containsExactly("/reports/2026-12", "/reports/2026-Q4");
		assertThat(this.reminder.due(LocalDate.of(2026, 11, 2))).isEmpty();
	}

}
