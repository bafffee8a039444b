package org.smrdesk.incident;

import java.time.LocalDateTime;
import java.util.UUID;

import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.core.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Users and incidents for incident tests, with unique names.
 */
final class IncidentFixtures {

	private final JdbcTemplate jdbc;

	private final UserDetailsService userDetails;

	IncidentFixtures(JdbcTemplate jdbc, UserDetailsService userDetails) {
		this.jdbc = jdbc;
		this.userDetails = userDetails;
	}

	CurrentUser user(Role role, String department) {
		return (CurrentUser) this.userDetails.loadUserByUsername(TestData.user(this.jdbc, role, department));
	}

	long department(String name) {
		return TestData.department(this.jdbc, name);
	}

	static IncidentForm report(String title) {
		IncidentForm form = new IncidentForm();
		form.setTitle(title + " " + UUID.randomUUID().toString().substring(0, 8));
		form.setSummary("What happened to " + title);
		form.setServiceName("ClipStream");
		form.setLink("https://clipstream.example/watch/1");
		form.setDetectedAt(LocalDateTime.now().minusHours(3).withSecond(0).withNano(0));
		form.setKind(IncidentKind.COMPLAINT);
		form.setSeverity(Severity.MODERATE);
		return form;
	}

	static TimelineEntryForm entry(TimelineEntryType type, String body) {
		TimelineEntryForm form = new TimelineEntryForm(type,
				LocalDateTime.now().minusHours(1).withSecond(0).withNano(0));
		form.setBody(body);
		return form;
	}

	static TriageForm triage(Incident incident, Severity severity, Long... departmentIds) {
		TriageForm form = new TriageForm();
		form.setVersion(incident.getVersion());
		form.setSeverity(severity);
		form.setDepartmentIds(new java.util.ArrayList<>(java.util.List.of(departmentIds)));
		return form;
	}

}
