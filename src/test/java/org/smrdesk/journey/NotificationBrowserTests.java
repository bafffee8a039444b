package org.smrdesk.journey;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.incident.IncidentForm;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.incident.IncidentService;
import org.smrdesk.incident.Severity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member reports an incident; the lead sees the bell's count, opens the
 * notification (which leads to the incident and marks it read), chooses a daily digest on
 * the account page, and looks at the outbox.
 */
class NotificationBrowserTests extends BrowserTest {

	@Autowired
	private IncidentService incidents;

	@Autowired
	private UserDetailsService users;

	@Test
	void theLeadHearsOfANewIncidentThroughTheBellAndChoosesADigest() {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Bell Communications");
		CurrentUser staff = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Bell Customer Care"));
		String title = "Bell journey " + UUID.randomUUID().toString().substring(0, 8);
		IncidentForm form = new IncidentForm();
		form.setTitle(title);
		form.setSummary("A customer films a broken delivery and tags us.");
		form.setDetectedAt(LocalDateTime.now().minusHours(1).withSecond(0).withNano(0));
		form.setKind(IncidentKind.COMPLAINT);
		form.setSeverity(Severity.MAJOR);
		this.incidents.report(form, staff);

		signIn(lead, TestData.PASSWORD);
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#bell .badge")));
		assertThat(find(By.cssSelector("#bell .badge")).getText()).isEqualTo("1");
		screenshot("notification-bell");

		clickAndWait(By.id("bell"));
		assertThat(pageText()).contains("New incident: " + title);
		screenshot("notification-list");
		clickAndWait(By.cssSelector("main .list-group-item form button"));
		assertThat(pageText()).contains(title);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bell .visually-hidden")));
		assertThat(present(find(By.cssSelector("#bell")), By.cssSelector(".badge"))).isEmpty();

		open("/account");
		scrollTo(find(By.id("notification-preferences")));
		find(By.id("INCIDENT_REPORTED-DIGEST")).click();
		screenshot("notification-account-preferences");
		clickAndWait(By.cssSelector("#notification-preferences button[type=submit]"));
		assertThat(pageText()).contains("Your e-mail preferences are saved.");
		assertThat(find(By.id("INCIDENT_REPORTED-DIGEST")).isSelected()).isTrue();

		open("/notifications/outbox");
		assertThat(pageText()).contains("New incident: " + title).contains("No SMTP server is configured");
		screenshot("notification-outbox");
	}

}
