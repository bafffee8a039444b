package org.smrdesk.journey;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI comes from its WebJar (offline), for signed-in users, and runs under the
 * application's strict Content-Security-Policy: it renders the API document with no
 * policy violation in the console.
 */
class SwaggerUiBrowserTests extends BrowserTest {

	@Test
	void aSignedInUserBrowsesTheApiUnderTheStrictPolicy() {
		open("/swagger-ui/index.html");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		String email = TestData.user(this.jdbc, Role.STAFF,
				"Swagger Readers " + UUID.randomUUID().toString().substring(0, 6));
		signIn(email, TestData.PASSWORD);
		open("/swagger-ui/index.html");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".information-container .title"),
				"SMR Desk API"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag-section")));
		assertThat(pageText()).contains("/api/v1/incidents", "/api/v1/contacts", "/api/v1/policies");
		screenshot("swagger-ui");
		List<LogEntry> violations = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getMessage().contains("Content Security Policy")
					|| entry.getMessage().contains("Content-Security-Policy"))
			.toList();
		assertThat(violations).as("CSP violations in the console").isEmpty();
	}

}
