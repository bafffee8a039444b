package org.smrdesk.journey;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff log an activity with the quick form and find it in the list and in "Who do I
 * call?"; the lead sees the month's activity by department and the matrix.
 */
class AwarenessBrowserTests extends BrowserTest {

	private final String word = "Kestrel" + UUID.randomUUID().toString().substring(0, 6);

	private long service(String name) {
		return TestData.channel(name)
			.with("kind", "REVIEW_SITE")
			.with("audience", "Prospective customers")
			.with("it_status", "APPROVED")
			.with("assessment", "ADOPTED")
			.insert(this.jdbc);
	}

	@Test
	void staffLogAnActivityWithTheQuickFormAndFindIt() {
		String department = "Journey Support " + this.word;
		String staff = TestData.user(this.jdbc, Role.STAFF, department);
		String serviceName = "Starboard " + this.word;
		service(serviceName);

		signIn(staff, TestData.PASSWORD);
		open("/activities");
		assertThat(find(By.id("quick-date")).getAttribute("value")).isEqualTo(LocalDate.now().toString());
		screenshot("activities-list-staff");

		// A missing title: the full form shows the error beside the field and keeps the
		// choice of service
		new Select(find(By.id("quick-service"))).selectByVisibleText(serviceName);
		clickAndWait(By.cssSelector("#quick-form button[type=submit]"));
		assertThat(find(By.id("title-errors")).getText()).isEqualTo("Please fill this in.");
		assertThat(new Select(find(By.id("serviceId"))).getFirstSelectedOption().getText()).isEqualTo(serviceName);
		screenshot("activity-form-errors");

		open("/activities");
		new Select(find(By.id("quick-kind"))).selectByVisibleText("Review response");
		type("quick-title-input", "Thanked a reviewer about the " + this.word + " lamp");
		new Select(find(By.id("quick-service"))).selectByVisibleText(serviceName);
		clickAndWait(By.cssSelector("#quick-form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).matches(".*/activities/\\d+$");
		assertThat(pageText()).contains("Activity logged.", "Review response", department, serviceName,
				LocalDate.now().toString());
		screenshot("activity-logged");

		open("/");
		assertThat(find(By.id("my-department-title")).getText()).contains(department);
		assertThat(pageText()).contains("Thanked a reviewer about the " + this.word + " lamp");
		screenshot("home-staff-my-department");

		open("/activities?q=" + this.word.toLowerCase());
		assertThat(find(By.id("activities")).getText()).contains("Thanked a reviewer about the " + this.word + " lamp",
				department);
		screenshot("activities-search");

		open("/directory");
		type("q", this.word.substring(0, 7));
		clickAndWait(By.cssSelector("main form[role=search] button[type=submit]"));
		assertThat(find(By.id("directory-results")).getText())
			.contains("Thanked a reviewer about the " + this.word + " lamp", department);
		open("/directory?q=" + this.word);
		assertThat(find(By.id("directory-results")).getText()).contains(serviceName);
		screenshot("directory-results");

		browser.manage().window().setSize(new Dimension(390, 844));
		open("/activities");
		screenshot("activities-list-phone");
		open("/directory?q=" + this.word);
		screenshot("directory-phone");
	}

	@Test
	void theLeadSeesTheMonthsActivityByDepartmentAndTheMatrix() {
		String department = "Journey Marketing " + this.word;
		String lead = TestData.user(this.jdbc, Role.LEAD, department);
		long departmentId = TestData.department(this.jdbc, department);
		for (int i = 1; i <= 30; i++) {
			TestData.department(this.jdbc, "Journey Unit " + i);
		}
		long serviceId = service("Chartwell " + this.word);
		this.jdbc.update("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
				                        created_at, created_by, updated_at, updated_by)
				select ?, ?, 'POST', 'Month post ' || g, current_date, ?, 'DONE', now(), 'test', now(), 'test'
				from generate_series(1, 3) as g""", departmentId, serviceId, TestData.userId(this.jdbc, lead));
		this.jdbc.update(
				"""
						insert into responsibilities (name, incident_kind, position, created_at, created_by, updated_at, updated_by)
						values (?, 'COMPLAINT', 5, now(), 'test', now(), 'test')""",
				"Answer reviews " + this.word);

		signIn(lead, TestData.PASSWORD);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("activity-month-chart")));
		waitFor((driver) -> find(By.id("activity-month-chart")).getAttribute("style") != null);
		assertThat(find(By.id("activity-month-chart")).getAttribute("data-values")).isNotEmpty();
		assertThat(find(By.id("activity-month-table")).getAttribute("textContent")).contains(department);
		screenshot("home-lead-activity-chart");

		open("/services/" + serviceId);
		assertThat(pageText()).contains("Month post");
		screenshot("service-show");

		open("/responsibilities/" + this.jdbc.queryForObject("select id from responsibilities where name = ?",
				Long.class, "Answer reviews " + this.word) + "/edit");
		new Select(find(By.id("cell-" + departmentId))).selectByVisibleText("Responsible");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				find(By.cssSelector("main form:not([role=search]) button[type=submit]")));
		submitForm();
		assertThat(pageText()).contains("Responsibility saved.");
		assertThat(find(By.id("matrix")).getText()).contains("Answer reviews " + this.word);
		screenshot("responsibilities-matrix");
		open("/responsibilities/print");
		screenshot("responsibilities-print");
	}

}
