package org.smrdesk.journey;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead signs in, sees the home page, creates a user, and signs out.
 */
class FoundationBrowserTests extends BrowserTest {

	@Test
	void leadSignsInCreatesAUserAndSignsOut() throws Exception {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Journey Communications");
		TestData.department(this.jdbc, "Journey Marketing");

		open("/login");
		screenshot("login");
		signIn(lead, TestData.PASSWORD);
		assertThat(pageText()).contains("Dashboard");
		screenshot("home-lead");

		open("/users/new");
		type("displayName", "Jordan Journey");
		type("email", "jordan.journey@test.example");
		new org.openqa.selenium.support.ui.Select(find(By.id("departmentId"))).selectByVisibleText("Journey Marketing");
		type("password", "short");
		submitForm();
		assertThat(pageText()).contains("Must be at least 12 characters");
		assertThat(find(By.id("displayName")).getAttribute("value")).isEqualTo("Jordan Journey");
		screenshot("user-form-errors");

		type("password", "a-long-enough-passphrase");
		submitForm();
		assertThat(browser.getCurrentUrl()).matches(".*/users/\\d+$");
		assertThat(pageText()).contains("User created.", "jordan.journey@test.example", "Journey Marketing");
		screenshot("user-created");

		open("/users?q=jordan");
		assertThat(pageText()).contains("Jordan Journey").doesNotContain("No user matches");
		screenshot("users-list");

		open("/users/999999999");
		assertThat(pageText()).contains("Not found").doesNotContain("??").doesNotContain("Exception");
		screenshot("not-found");

		signOut();
		assertThat(pageText()).contains("You have signed out.");
		assertThat(Files.exists(SCREENSHOTS.resolve("users-list.png"))).isTrue();
	}

	@Test
	void aPhoneSizedScreenShowsTheCollapsedNavigation() {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Journey Marketing");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		signIn(staff, TestData.PASSWORD);
		assertThat(find(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
		find(By.cssSelector(".navbar-toggler")).click();
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.linkText("Policies")));
		screenshot("home-staff-phone");
	}

}
