package org.smrdesk.notification;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Role;
import org.smrdesk.incident.Incident;
import org.smrdesk.incident.IncidentForm;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.incident.IncidentService;
import org.smrdesk.incident.Severity;
import org.smrdesk.incident.TriageForm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Domain events become notifications and outbox rows in the transaction of the change
 * (and vanish with it when it rolls back); reminders are told once per key.
 */
@IntegrationTest
class NotificationFlowTests {

	@Autowired
	private IncidentService incidents;

	@Autowired
	private ReminderService reminders;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private CurrentUser lead;

	private CurrentUser staff;

	@BeforeEach
	void people() {
		this.lead = user(Role.LEAD, "Flow Communications");
		this.staff = user(Role.STAFF, "Flow Customer Care");
	}

	@Test
	void aReportedIncidentTellsTheLeadsButNotTheReporter() {
		String title = "Flow report " + UUID.randomUUID();
		this.incidents.report(form(title), this.staff);
		assertThat(notifications(this.lead, "INCIDENT_REPORTED", title)).isEqualTo(1);
		assertThat(outbox(this.lead, "New incident: " + title)).isEqualTo("QUEUED");
		assertThat(notifications(this.staff, "INCIDENT_REPORTED", title)).isZero();
		// the lead who reports is not told of it
		String own = "Flow own " + UUID.randomUUID();
		this.incidents.report(form(own), this.lead);
		assertThat(notifications(this.lead, "INCIDENT_REPORTED", own)).isZero();
	}

	@Test
	void aTriageThatFailsTellsNobodyAndOneThatSucceedsTellsTheNewOwner() {
		String title = "Flow triage " + UUID.randomUUID();
		Incident incident = this.incidents.report(form(title), this.staff);
		TriageForm refused = triage(incident, Severity.CRISIS, this.staff.id());
		refused.setDepartmentIds(new java.util.ArrayList<>(List.of(999_999_999L)));
		assertThatThrownBy(() -> this.incidents.triage(incident.getId(), refused, this.lead))
			.isInstanceOf(FieldException.class);
		assertThat(notifications(this.staff, "INCIDENT_ASSIGNED", title)).isZero();
		assertThat(notifications(this.staff, "INCIDENT_ESCALATED", title)).isZero();

		this.incidents.triage(incident.getId(), triage(incident, Severity.CRISIS, this.staff.id()), this.lead);
		assertThat(notifications(this.staff, "INCIDENT_ASSIGNED", title)).isEqualTo(1);
		assertThat(notifications(this.staff, "INCIDENT_ESCALATED", title)).isEqualTo(1);
		assertThat(notifications(this.lead, "INCIDENT_ESCALATED", title)).as("the lead escalated it").isZero();
		assertThat(outbox(this.staff, "Crisis: " + title)).isEqualTo("QUEUED");
	}

	@Test
	void aVendorNoticeDeadlineInFourteenDaysIsToldOnceHoweverOftenTheJobRuns() {
		LocalDate today = LocalDate.of(2031, 5, 5);
		String vendor = "Flow Vendor " + UUID.randomUUID();
		TestData.vendor(vendor)
			.with("renewal_date", Date.valueOf(today.plusDays(14 + 30)))
			.with("notice_days", 30)
			.insert(this.jdbc);
		this.reminders.remind(today.minusDays(1));
		assertThat(notifications(this.lead, "VENDOR_NOTICE_DUE", vendor)).isZero();
		this.reminders.remind(today);
		this.reminders.remind(today);
		assertThat(notifications(this.lead, "VENDOR_NOTICE_DUE", vendor)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select body from notifications where user_id = ? and kind = 'VENDOR_NOTICE_DUE' and subject like ?",
				String.class, this.lead.id(), "%" + vendor))
			.contains("give notice by 2031-05-19");
	}

	@Test
	void aPersonWhoTurnedAKindOffGetsTheBellButNoMail() {
		this.jdbc.update(
				"insert into notification_preferences (user_id, kind, delivery) values (?, 'INCIDENT_REPORTED', 'OFF')",
				this.lead.id());
		String title = "Flow off " + UUID.randomUUID();
		this.incidents.report(form(title), this.staff);
		assertThat(notifications(this.lead, "INCIDENT_REPORTED", title)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and subject like ?",
				Integer.class, this.lead.id(), "%" + title))
			.isZero();
	}

	private int notifications(CurrentUser user, String kind, String text) {
		return this.jdbc.queryForObject(
				"select count(*) from notifications where user_id = ? and kind = ? and subject like ?", Integer.class,
				user.id(), kind, "%" + text);
	}

	private String outbox(CurrentUser user, String subject) {
		return this.jdbc.queryForObject("select status from mail_outbox where user_id = ? and subject = ?",
				String.class, user.id(), subject);
	}

	private CurrentUser user(Role role, String department) {
		return (CurrentUser) this.users.loadUserByUsername(TestData.user(this.jdbc, role, department));
	}

	static IncidentForm form(String title) {
		IncidentForm form = new IncidentForm();
		form.setTitle(title);
		form.setSummary("Seen by the notification tests.");
		form.setDetectedAt(LocalDateTime.now().minusHours(1).withSecond(0).withNano(0));
		form.setKind(IncidentKind.OTHER);
		form.setSeverity(Severity.MODERATE);
		return form;
	}

	private static TriageForm triage(Incident incident, Severity severity, Long ownerId) {
		TriageForm form = new TriageForm();
		form.setVersion(incident.getVersion());
		form.setSeverity(severity);
		form.setOwnerId(ownerId);
		form.setDepartmentIds(new java.util.ArrayList<>());
		return form;
	}

}
