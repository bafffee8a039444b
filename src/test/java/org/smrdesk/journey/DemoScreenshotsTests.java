package org.smrdesk.journey;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of every main page with the demo data, as each role sees it, for people to
 * look at ({@code target/screenshots/demo-*.png}), each checked with axe-core. On demand:
 * {@code ./mvnw test -Dtest.excludedGroups= -Dtest=DemoScreenshotsTests}.
 */
@Tag("screenshots")
@ActiveProfiles("demo")
class DemoScreenshotsTests extends BrowserTest {

	static final List<String> LEAD_PAGES = List.of(System
		.getProperty("screenshots.pages",
				"/,/activities,/services,/accounts,/directory?q=video,/responsibilities,/policies,/contacts,/vendors,"
						+ "/incidents,/trainings,/users,/departments,/audit")
		.split(","));

	@Test
	void everyMainPageAsTheLeadTheManagerAndAStaffMember() throws IOException {
		shoot("lead@example.com", "lead", LEAD_PAGES);
		shoot("manager@example.com", "manager", List.of("/", "/incidents"));
		shoot("marketing@example.com", "staff", List.of("/", "/activities", "/policies"));
		browser.manage().window().setSize(new Dimension(390, 844));
		shoot("marketing@example.com", "phone", List.of("/", "/activities"));
	}

	private void shoot(String email, String prefix, List<String> pages) throws IOException {
		browser.manage().deleteAllCookies();
		signIn(email, "smrdesk-demo");
		for (String page : pages) {
			open(page);
			assertThat(pageText()).doesNotContain("Something went wrong");
			String name = page.equals("/") ? "home" : page.substring(1).replaceAll("[^a-z0-9]+", "-");
			screenshot("demo-" + prefix + "-" + name);
			assertThat(axe()).as("axe-core on %s as %s", page, email).isEmpty();
		}
	}

}
