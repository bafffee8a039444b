package org.smrdesk.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.policy.Policy;
import org.smrdesk.policy.PolicyEditor;
import org.smrdesk.policy.PolicyForm;
import org.smrdesk.policy.PolicyKind;
import org.smrdesk.policy.PolicyService;
import org.smrdesk.policy.PolicyVersionWorkflow;
import org.smrdesk.policy.PolicyVersion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff see a policy waiting on their home page, read it and acknowledge it; the lead
 * sees the count change. The lead writes, reviews, publishes and revises a policy.
 */
class PolicyBrowserTests extends BrowserTest {

	@Autowired
	private PolicyService policies;

	@Autowired
	private PolicyEditor editor;

	@Autowired
	private PolicyVersionWorkflow workflow;

	@Autowired
	private UserDetailsService userDetails;

	@Test
	void staffAcknowledgeAWaitingPolicyAndTheLeadSeesTheCountChange() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String department = "Journey Outreach " + suffix;
		String leadEmail = TestData.user(this.jdbc, Role.LEAD, department);
		String staffEmail = TestData.user(this.jdbc, Role.STAFF, department);
		TestData.user(this.jdbc, Role.STAFF, department);
		CurrentUser lead = (CurrentUser) this.userDetails.loadUserByUsername(leadEmail);
		Policy policy = publishedPolicy("Journey engagement guidelines " + suffix,
				TestData.department(this.jdbc, department), lead);

		signIn(leadEmail, TestData.PASSWORD);
		open("/policies/" + policy.getId());
		assertThat(find(By.id("acknowledgement-figure")).getText()).isEqualTo("0 of 2 (0%)");
		signOut();

		signIn(staffEmail, TestData.PASSWORD);
		assertThat(find(By.id("policies-waiting")).getText()).contains(policy.getTitle());
		screenshot("policy-home-staff-waiting");
		press(By.linkText(policy.getTitle()));
		assertThat(pageText()).contains("Honesty of relationship", "This policy applies to your department");
		assertThat(browser.findElements(By.tagName("script")).stream().map((s) -> s.getAttribute("src")))
			.allMatch((src) -> src != null && !src.isEmpty());
		screenshot("policy-show-staff");
		press(By.id("acknowledge"));
		assertThat(pageText()).contains("your acknowledgement has been recorded", "You acknowledged this version");
		assertThat(present(By.id("acknowledge"))).isEmpty();
		screenshot("policy-acknowledged");
		browser.manage().window().setSize(new Dimension(390, 844));
		screenshot("policy-acknowledged-phone");
		browser.manage().window().setSize(new Dimension(1280, 900));
		open("/");
		assertThat(find(By.id("policies-waiting")).getText()).doesNotContain(policy.getTitle());
		signOut();

		signIn(leadEmail, TestData.PASSWORD);
		open("/policies/" + policy.getId());
		assertThat(find(By.id("acknowledgement-figure")).getText()).isEqualTo("1 of 2 (50%)");
		screenshot("policy-show-lead");
		press(By.linkText("Who has and has not"));
		assertThat(find(By.id("acknowledgement-figure")).getText()).contains("1 of 2 (50%)");
		assertThat(pageText()).contains("Not yet");
		screenshot("policy-acknowledgements");
	}

	@Test
	void theLeadWritesReviewsPublishesAndRevisesAPolicy() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String department = "Journey Press " + suffix;
		String leadEmail = TestData.user(this.jdbc, Role.LEAD, department);
		signIn(leadEmail, TestData.PASSWORD);
		assertThat(find(By.id("policies-review")).isDisplayed()).isTrue();
		assertThat(find(By.id("policies-rates")).isDisplayed()).isTrue();
		screenshot("policy-home-lead");

		open("/policies/new");
		type("title", "Journey blogging policy " + suffix);
		save();
		assertThat(pageText()).contains("Please correct the errors below");
		assertThat(find(By.id("title")).getAttribute("value")).isEqualTo("Journey blogging policy " + suffix);
		screenshot("policy-form-errors");

		new Select(find(By.id("kind"))).selectByVisibleText("Blogging policy");
		chooseColleague("ownerId",
				this.jdbc.queryForObject("select display_name from users where email = ?", String.class, leadEmail));
		WebElement departmentBox = find(By.xpath("//label[normalize-space()='" + department + "']"));
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", departmentBox);
		departmentBox.click();
		type("nextReviewOn", "");
		find(By.id("nextReviewOn")).sendKeys("01312027");
		type("body", "# Blogging\n\nSay who you work for.");
		save();
		assertThat(pageText()).contains("Policy created with a first draft.",
				"This policy has no published version yet.");
		screenshot("policy-created");

		press(By.partialLinkText("Continue version 1"));
		type("body", "# Blogging\n\nSay who you work for.\n\nBe polite, also to critics.");
		screenshot("policy-version-form");
		save();
		screenshot("policy-version-draft");
		assertThat(pageText()).contains("Version saved.", "Be polite, also to critics.");
		press(By.xpath("//button[normalize-space()='Send to review']"));
		assertThat(pageText()).contains("Version sent to review.");
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				find(By.xpath("//button[normalize-space()='Publish']")));
		find(By.xpath("//button[normalize-space()='Publish']")).click();
		browser.switchTo().alert().accept();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Version published"));
		screenshot("policy-version-published");

		press(By.linkText("Journey blogging policy " + suffix));
		press(By.xpath("//button[normalize-space()='Start a new version']"));
		type("changeSummary", "Add disclosure");
		type("body", "# Blogging\n\nSay who you work for.\n\nDisclose gifts and loans.\n\nBe polite, also to critics.");
		save();
		press(By.partialLinkText("Compare with version 1"));
		assertThat(pageText()).contains("2 lines added, none removed", "Disclose gifts and loans.");
		screenshot("policy-diff");

		open("/policies?q=" + suffix);
		assertThat(pageText()).contains("Journey blogging policy " + suffix, "Version 1", "Version 2 · Draft");
		screenshot("policy-list-lead");
		browser.manage().window().setSize(new Dimension(390, 844));
		screenshot("policy-list-phone");
	}

	/**
	 * Scrolls a button into view at once (Bootstrap scrolls smoothly, which makes a click
	 * below the fold land on the wrong spot), then clicks it and waits for the next page.
	 */
	private void press(By button) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", find(button));
		clickAndWait(button);
	}

	private void save() {
		press(By.cssSelector("main form:not([role=search]) button[type=submit]"));
	}

	private Policy publishedPolicy(String title, long departmentId, CurrentUser lead) {
		PolicyForm form = new PolicyForm();
		form.setTitle(title);
		form.setKind(PolicyKind.ENGAGEMENT);
		form.setOwnerId(lead.id());
		form.setDepartmentIds(List.of(departmentId));
		form.setReviewCycleMonths(12);
		form.setNextReviewOn(LocalDate.now().plusMonths(6));
		form.setBody("""
				# Engagement guidelines

				Every conversation we take part in is honest in three ways:

				1. **Honesty of relationship**: say who you work for.
				2. **Honesty of opinion**: say what you really think.
				3. **Honesty of identity**: never hide who you are.

				<script>alert('not on this page')</script>
				""");
		Policy policy = this.editor.create(form, lead);
		List<PolicyVersion> versions = this.policies.versions(policy.getId(), lead);
		PolicyVersion draft = versions.get(0);
		this.workflow.submitForReview(policy.getId(), draft.getId(), lead);
		this.workflow.publish(policy.getId(), draft.getId(), lead);
		return policy;
	}

}
