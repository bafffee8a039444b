package org.smrdesk.journey;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.webhook.WebhookEvent;
import org.smrdesk.webhook.WebhookFormat;
import org.smrdesk.webhook.WebhookService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead makes a deadline calendar address on the account page (shown once), then
 * replaces a webhook's signing secret and edits the webhook.
 */
class CalendarAndWebhookBrowserTests extends BrowserTest {

	@Autowired
	private WebhookService webhooks;

	@Autowired
	private UserDetailsService users;

	@Test
	void theLeadMakesACalendarAddressAndReplacesAWebhookSecret() {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Calendar Communications");
		CurrentUser me = (CurrentUser) this.users.loadUserByUsername(lead);
		long hook = this.webhooks.register("Chat " + UUID.randomUUID().toString().substring(0, 8),
				"http://127.0.0.1:9/hook", EnumSet.of(WebhookEvent.INCIDENT_OPENED), WebhookFormat.SLACK, me);

		signIn(lead, TestData.PASSWORD);
		open("/account");
		scrollTo(find(By.id("calendar-feed")));
		clickAndWait(By.cssSelector("#calendar-feed form button[type=submit]"));
		assertThat(find(By.id("new-feed-url")).getText()).contains("/calendar/feed/cal_").endsWith(".ics");
		screenshot("calendar-feed-made");
		open("/account/calendar");
		assertThat(pageText()).contains("Secret starts with").doesNotContain("/calendar/feed/cal_");
		screenshot("calendar-feed-account");

		open("/webhooks/" + hook);
		clickAndWait(By.cssSelector("form[action$='/secret'] button"));
		assertThat(find(By.id("new-secret")).getText()).startsWith("whsec_");
		screenshot("webhook-secret-replaced");
		open("/webhooks/" + hook + "/edit");
		screenshot("webhook-edit");
		find(By.id("webhook-active")).click();
		clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(pageText()).contains("The webhook is saved.").contains("Disabled");
		screenshot("webhook-disabled");
	}

}
