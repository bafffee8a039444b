package org.smrdesk.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crisis from first report to signed-off review: a staff member reports it, the lead
 * triages it, records the response on the timeline (without page reloads) and resolves
 * it, and a manager signs off the review.
 */
class IncidentBrowserTests extends BrowserTest {

	@Test
	void staffReportsLeadTriagesAndResolvesManagerSignsOffTheReview() {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Journey Support");
		String lead = TestData.user(this.jdbc, Role.LEAD, "Journey Communications");
		String manager = TestData.user(this.jdbc, Role.MANAGER, "Journey Executive");
		long support = TestData.department(this.jdbc, "Journey Support");
		String title = "Viral cello video " + System.nanoTime();
		String service = "ClipStream " + System.nanoTime();
		TestData.channel(service).with("kind", "VIDEO").insert(this.jdbc);

		// Staff reports
		signIn(staff, TestData.PASSWORD);
		open("/incidents/new");
		type("title", title);
		submit();
		assertThat(pageText()).contains("Please fill this in.");
		assertThat(find(By.id("title")).getAttribute("value")).isEqualTo(title);
		type("summary", "A musician's song about a crushed cello passed 400,000 views overnight.");
		new Select(find(By.id("serviceId"))).selectByVisibleText(service);
		type("link", "https://clipstream.example/watch/cello");
		new Select(find(By.id("kind"))).selectByVisibleText("Complaint");
		new Select(find(By.id("severity"))).selectByVisibleText("2 · Major crisis risk");
		screenshot("incident-report-form");
		submit();
		assertThat(pageText()).contains("Incident reported.", title, "Reported", "2 · Major crisis risk", service);
		String incidentUrl = browser.getCurrentUrl();
		signOut();

		// Lead triages
		signIn(lead, TestData.PASSWORD);
		assertThat(pageText()).contains("Open incidents").containsPattern("\\d+ cris(is|es) open");
		screenshot("incident-home-lead");
		browser.get(incidentUrl + "/triage");
		screenshot("incident-triage-top");
		click(By.cssSelector("input[name=severity][value=CRISIS]"));
		click(By.cssSelector("input[name=departmentIds][value='" + support + "']"));
		click(By.cssSelector("input[name=parties][value=PRESS]"));
		click(By.cssSelector("input[name=parties][value=COMMUNITY]"));
		type("recommendedResponse", "Apologise within the day and settle the claim in full.");
		type("expectedReaction", "Sympathy stays with the musician; a fast apology will be shared widely.");
		screenshot("incident-triage");
		submit();
		assertThat(pageText()).contains("Triage saved.", "1 · Crisis", "In triage", "Journey Support", "Press");

		// Lead records the response on the timeline: htmx, no page reload
		WebElement page = find(By.tagName("html"));
		new Select(find(By.id("type"))).selectByVisibleText("Engagement");
		new Select(find(By.id("group"))).selectByVisibleText("Journey Support");
		type("body", "Head of support called the musician.");
		type("channel", "phone");
		click(By.cssSelector("form[data-entry-form] button[type=submit]"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"),
				"Head of support called the musician."));
		assertThat(ExpectedConditions.stalenessOf(page).apply(browser)).as("no full reload").isFalse();
		new Select(find(By.id("type"))).selectByVisibleText("Response published");
		type("body", "Apology video published on our channel.");
		type("link", "https://clipstream.example/watch/sorry");
		click(By.cssSelector("form[data-entry-form] button[type=submit]"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"),
				"Apology video published on our channel."));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("milestones-card"), "min"));

		// Filter the timeline in place
		new Select(find(By.id("filter-type"))).selectByVisibleText("Engagement");
		waitFor(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"),
				"Apology video published")));
		assertThat(find(By.id("timeline-entries")).getText()).contains("Head of support called the musician.");
		assertThat(ExpectedConditions.stalenessOf(page).apply(browser)).isFalse();
		new Select(find(By.id("filter-type"))).selectByVisibleText("All types");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"), "Apology video"));

		// Lead moves it through the workflow
		press(By.cssSelector("button[name=status][value=RESPONDING]"));
		assertThat(pageText()).contains("Status changed", "Responding");
		press(By.cssSelector("button[name=status][value=RESOLVED]"));
		assertThat(pageText()).contains("Resolved");
		browser.manage().window().setSize(new Dimension(1280, 2600));
		screenshot("incident-show-lead");
		scrollTo(By.id("timeline-panel"));
		browser.manage().window().setSize(new Dimension(1280, 900));
		scrollTo(By.id("timeline-panel"));
		screenshot("incident-timeline");

		// Lead writes the review
		open(incidentUrl.substring(incidentUrl.indexOf("/incidents")) + "/review");
		type("whatHappened", "A refused delivery claim became a viral song; we settled within six hours.");
		type("wentWell", "Fast decision and a human apology on the same channel.");
		type("toChange", "Second look at any claim refused twice.");
		submit();
		assertThat(pageText()).contains("Review saved.");
		signOut();

		// Manager adds a follow-up and signs off
		signIn(manager, TestData.PASSWORD);
		browser.get(incidentUrl + "/review");
		new Select(find(By.cssSelector("form[action$='follow-ups'] select#type"))).selectByVisibleText("Training need");
		type("description", "Fragile-item handling module for delivery crews");
		chooseColleague("ownerId",
				this.jdbc.queryForObject("select display_name from users where email = ?", String.class, staff));
		press(By.cssSelector("form[action$='follow-ups'] button[type=submit]"));
		assertThat(pageText()).contains("Follow-up added.", "Fragile-item handling module", "Training need");
		screenshot("incident-review");
		WebElement before = find(By.tagName("html"));
		click(By.cssSelector("form[action$='sign-off'] button"));
		waitFor(ExpectedConditions.alertIsPresent()).accept();
		waitFor(replaced(before));
		assertThat(pageText()).contains("Review signed off", "Reviewed");

		// The manager reads the whole story on one page, and on a phone
		browser.get(incidentUrl + "/print");
		assertThat(pageText()).contains(title, "Head of support called the musician.", "Apology video published",
				"Status: Resolved → Reviewed", "Fragile-item handling module");
		browser.manage().window().setSize(new Dimension(1100, 2400));
		screenshot("incident-print");
		((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia",
				java.util.Map.of("media", "print"));
		screenshot("incident-print-media");
		((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia",
				java.util.Map.of("media", ""));
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(incidentUrl);
		screenshot("incident-show-phone");
		scrollTo(By.id("timeline-panel"));
		screenshot("incident-timeline-phone");
		open("/incidents?status=all");
		assertThat(pageText()).contains(title);
		screenshot("incidents-list-phone");
		browser.manage().window().setSize(new Dimension(1280, 900));
		open("/incidents?status=all");
		screenshot("incidents-list");
	}

	private void click(By by) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", find(by));
		find(by).click();
	}

	private void submit() {
		press(By.cssSelector("main form:not([role=search]) button[type=submit]"));
	}

	/**
	 * Scrolls a button to the middle of the window (clear of the sticky parts), then
	 * clicks it and waits for the next page.
	 */
	private void press(By button) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", find(button));
		clickAndWait(button);
	}

	private void scrollTo(By by) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", find(by));
	}

}
