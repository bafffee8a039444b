package org.smrdesk.journey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead sets a goal for a department, sees its progress on the dashboard, opens its
 * year over year, and reads the period's report.
 */
class GoalBrowserTests extends BrowserTest {

	@Value("${smr.time-zone:Europe/Berlin}")
	private String zone;

	@Test
	void theLeadSetsAGoalAndSeesItsProgressOnTheDashboard() {
		String department = "Goal Journey " + UUID.randomUUID().toString().substring(0, 8);
		String lead = TestData.user(this.jdbc, Role.LEAD, department);
		long departmentId = TestData.department(this.jdbc, department);
		LocalDate today = LocalDate.now(ZoneId.of(this.zone));
		long service = TestData.channel("Blog " + department).insert(this.jdbc);
		for (LocalDate day : new LocalDate[] { today.withDayOfMonth(1), today.withDayOfMonth(1).minusYears(1),
				today.withDayOfMonth(1).minusYears(1) }) {
			TestData.activity(departmentId, service, TestData.userId(this.jdbc, lead))
				.with("title", "Journey post")
				.with("activity_date", java.sql.Date.valueOf(day))
				.insert(this.jdbc);
		}
		signIn(lead, TestData.PASSWORD);
		open("/goals/new");
		new Select(find(By.id("metric"))).selectByValue("activities:POST");
		type("period", today.getYear() + "-" + String.format("%02d", today.getMonthValue()));
		type("target", "0");
		new Select(find(By.id("departmentId"))).selectByVisibleText(department);
		submitForm();
		assertThat(find(By.id("target-errors")).getText()).isNotBlank();
		type("target", "2");
		screenshot("goals-form");
		submitForm();
		assertThat(pageText()).contains("Goal saved.", department, "50 % of target");
		screenshot("goals-show");

		open("/");
		String panel = find(By.id("goals-panel-title")).findElement(By.xpath("ancestor::section")).getText();
		assertThat(panel).contains("Goals under way", "Activities: posts", department, "50 % of target");
		screenshot("goals-dashboard");

		open("/goals");
		assertThat(find(By.id("goals")).getText()).contains(department);
		screenshot("goals-list");
		open("/reports/" + today.getYear() + "-" + String.format("%02d", today.getMonthValue()));
		assertThat(pageText()).contains("Goals against targets", department);
		screenshot("goals-report");
	}

}
