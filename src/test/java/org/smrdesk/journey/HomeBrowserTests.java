package org.smrdesk.journey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead's and managers' dashboard in a real browser, for every period: goals first,
 * then alerts, no axe-core violations (WCAG 2 A and AA); screenshots under
 * {@code target/screenshots/}.
 */
class HomeBrowserTests extends BrowserTest {

	@Test
	void theDashboardOfTheLeadAndOfManagersHasGoalsThenAlertsAndNoAxeViolations() throws Exception {
		String word = UUID.randomUUID().toString().substring(0, 8);
		String lead = TestData.user(this.jdbc, Role.LEAD, "Home " + word);
		String manager = TestData.user(this.jdbc, Role.MANAGER, "Home " + word);
		TestData.monitoringSource("Regional news " + word)
			.with("kind", "FEED")
			.with("url", "https://feeds.example/home")
			.sql("next_poll_at", "now() + interval '1 day'")
			.with("consecutive_failures", 3)
			.sql("failing_since", "now() - interval '2 hours'")
			.insert(this.jdbc);
		long goal = this.jdbc.queryForObject("""
				insert into goals (metric, period_kind, period_year, period_number, target, created_at, created_by,
				                   updated_at, updated_by)
				values ('activities:ALL', 'YEAR', extract(year from current_date), 0, 500, now(), 't', now(), 't')
				returning id""", Long.class);
		try {
			lookAtTheDashboard(lead, manager, word);
		}
		finally {
			this.jdbc.update("delete from goals where id = ?", goal);
			this.jdbc.update("delete from monitoring_sources where name = ?", "Regional news " + word);
		}
	}

	private void lookAtTheDashboard(String lead, String manager, String word) throws IOException {
		List<String> violations = new ArrayList<>();
		signIn(lead, TestData.PASSWORD);
		for (String period : List.of("", "?period=quarter", "?period=month")) {
			open("/" + period);
			assertThat(find(By.id("goals-panel-title")).isDisplayed()).isTrue();
			assertThat(find(By.id("alerts")).getText()).contains("Regional news " + word);
			screenshot("home-lead" + period.replace("?period=", "-"));
			violations.addAll(axe());
		}
		signOut();
		signIn(manager, TestData.PASSWORD);
		open("/");
		assertThat(find(By.id("alerts")).getText()).contains("Regional news " + word);
		screenshot("home-manager");
		violations.addAll(axe());
		assertThat(violations).isEmpty();
	}

}
