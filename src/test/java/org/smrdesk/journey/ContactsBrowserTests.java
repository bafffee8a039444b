package org.smrdesk.journey;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead runs the blogger relations program: logs a meeting in person with a blogger
 * and sees it on the timeline, meets the duplicate warning, and checks vendor renewals.
 */
class ContactsBrowserTests extends BrowserTest {

	@Test
	void leadLogsAMeetingInPersonWithABloggerAndSeesItOnTheTimeline() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String lead = TestData.user(this.jdbc, Role.LEAD, "Journey Communications");
		String blogger = "Bea Journey " + unique;
		long id = TestData.contact(blogger)
			.with("outlet", "Journey Gadget Blog")
			.with("email", "bea-" + unique + "@example.test")
			.with("handles", "@bea" + unique)
			.with("topics", "smart home, reviews")
			.insert(this.jdbc);
		signIn(lead, TestData.PASSWORD);

		open("/contacts?q=" + unique);
		assertThat(pageText()).contains(blogger, "Journey Gadget Blog", "Engaged");
		screenshot("contacts-list");
		clickAndWait(By.linkText(blogger));
		assertThat(pageText()).contains("No interaction logged yet.");

		clickAndWait(By.linkText("Log interaction"));
		new Select(find(By.id("kind"))).selectByVisibleText("Meeting in person");
		assertThat(find(By.id("occurredOn")).getAttribute("value")).isNotEmpty();
		type("summary", "Coffee at the Journey Tech Fair; showed the new app.");
		type("outcome", "Will review it next month.");
		screenshot("interaction-form");
		submitForm();

		assertThat(browser.getCurrentUrl()).endsWith("/contacts/" + id);
		assertThat(pageText()).contains("Interaction logged.", "Meeting in person",
				"Coffee at the Journey Tech Fair; showed the new app.", "Outcome: Will review it next month.");
		assertThat(find(By.cssSelector(".timeline-entry")).getText()).contains("Meeting in person");
		screenshot("contact-timeline");

		long service = TestData.channel("Journey Blogs " + unique).insert(this.jdbc);
		TestData
			.activity(TestData.department(this.jdbc, "Journey Communications"), service,
					TestData.userId(this.jdbc, lead))
			.with("kind", "EVENT")
			.with("title", "Tech Fair stand " + unique)
			.insert(this.jdbc);
		type("activityQuery", "stand " + unique);
		clickAndWait(By.cssSelector("form[role=search] button"));
		clickAndWait(By.xpath("//li[contains(., 'Tech Fair stand " + unique + "')]//button"));
		assertThat(find(By.id("linked-activities")).getText()).contains("Tech Fair stand " + unique,
				"Journey Communications", "Journey Blogs " + unique);
		screenshot("contact-linked-activity");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		screenshot("contact-timeline-phone");
	}

	@Test
	void leadSeesTheDuplicateWarningAndVendorRenewals() throws java.io.IOException {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String lead = TestData.user(this.jdbc, Role.LEAD, "Journey Communications");
		TestData.contact("Nico Press " + unique)
			.with("kind", "JOURNALIST")
			.with("email", "nico-" + unique + "@example.test")
			.with("state", "NEUTRAL")
			.insert(this.jdbc);
		TestData.vendor("Journey Listening " + unique)
			.with("kind", "MONITORING")
			.sql("renewal_date", "current_date + 40")
			.with("notice_days", 30)
			.with("annual_cost", 24000)
			.with("currency", "EUR")
			.insert(this.jdbc);
		signIn(lead, TestData.PASSWORD);

		open("/contacts/new");
		type("name", "Nicolas Press " + unique);
		type("email", "NICO-" + unique + "@example.test");
		clickScrolled(By.cssSelector("main form button[type=submit]"));
		assertThat(pageText()).contains("This looks like a contact you already have", "Nico Press " + unique);
		screenshot("contact-duplicates");
		clickScrolled(By.cssSelector("button[name=saveAnyway]"));
		assertThat(pageText()).contains("Contact created.", "Nicolas Press " + unique);

		open("/");
		assertThat(pageText()).contains("Vendor renewals (next 60 days)", "Journey Listening " + unique);
		screenshot("home-lead-renewals");
		open("/vendors/renewals");
		assertThat(pageText()).contains("Journey Listening " + unique, "in 10 days", "in 40 days");
		screenshot("vendor-renewals");
		open("/vendors");
		screenshot("vendors-list");
		clickAndWait(By.linkText("Journey Listening " + unique));
		assertThat(pageText()).contains("24,000.00 EUR");
		screenshot("vendor-show");

		// the vendor's people are added by name through a type-ahead, not chosen among
		// every vendor contact
		TestData.contact("Vera Listening " + unique)
			.with("kind", "VENDOR_CONTACT")
			.with("shared", true)
			.insert(this.jdbc);
		open(java.net.URI.create(browser.getCurrentUrl()).getPath() + "/edit");
		type("addPerson", "vera listening " + unique.substring(0, 4));
		waitFor((driver) -> driver.findElements(By.cssSelector("#addPersonId-options option")).size() == 1);
		type("addPerson", "Vera Listening " + unique);
		waitFor((driver) -> !driver.findElement(By.id("addPersonId")).getDomProperty("value").isEmpty());
		screenshot("vendor-form-add-person");
		assertThat(axe()).as("axe-core on the vendor form").isEmpty();
		clickScrolled(By.cssSelector("main form button[type=submit]"));
		assertThat(pageText()).contains("Vera Listening " + unique);
	}

	/**
	 * Clicks a button below the fold (a JavaScript click, as the long form puts it under
	 * the window's edge) and waits for the next page.
	 */
	private void clickScrolled(By button) {
		org.openqa.selenium.WebElement page = find(By.tagName("html"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", find(button));
		waitFor(replaced(page));
	}

}
