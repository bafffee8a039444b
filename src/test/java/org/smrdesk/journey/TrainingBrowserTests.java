package org.smrdesk.journey;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member finds an upcoming session, enrols, and sees it under "My trainings" and
 * on the home page; the lead sees the roster and the coverage.
 */
class TrainingBrowserTests extends BrowserTest {

	@Test
	void staffEnrolInASessionAndSeeItUnderMyTrainings() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String department = "Journey HR " + suffix;
		String staff = TestData.user(this.jdbc, Role.STAFF, department);
		String lead = TestData.user(this.jdbc, Role.LEAD, "Journey Communications");
		long departmentId = TestData.department(this.jdbc, department);
		String title = "Social media basics " + suffix;
		long training = this.jdbc.queryForObject(
				"""
						insert into trainings (title, description, topic_kind, topic, format, external_trainer, materials, required,
						                       created_at, created_by, updated_at, updated_by)
						values (?, 'How candidates use social networks.', 'CULTURE', 'Employer brand', 'WORKSHOP',
						        'Dana Okafor (Stillwater Crisis Partners)', 'https://intranet.example.com/slides', true,
						        now(), 'test', now(), 'test') returning id""",
				Long.class, title);
		this.jdbc.update("insert into training_audiences (training_id, department_id) values (?, ?)", training,
				departmentId);
		Instant start = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.HOURS);
		long session = this.jdbc.queryForObject("""
				insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
				                               created_at, created_by, updated_at, updated_by)
				values (?, ?, 90, 'Room Lindenhof, 3rd floor', 12, now(), 'test', now(), 'test') returning id""",
				Long.class, training, Timestamp.from(start));

		signIn(staff, TestData.PASSWORD);
		assertThat(pageText()).contains("My next training", "You are not enrolled in any upcoming session.");
		clickAndWait(By.linkText("Trainings"));
		assertThat(pageText()).contains("Catalogue");
		// the catalogue is paged and other test classes add trainings: filter by the
		// audience
		open("/trainings?department=" + departmentId);
		assertThat(pageText()).contains(title);
		screenshot("trainings-catalogue");

		open("/trainings/sessions?department=" + departmentId);
		assertThat(pageText()).contains(title, "0 of 12 places taken");
		screenshot("trainings-upcoming");
		clickAndWait(By.xpath("//tr[td/a[text()='" + title + "']]/td[1]/a"));
		assertThat(browser.getCurrentUrl()).endsWith("/trainings/sessions/" + session);
		assertThat(pageText()).contains("12 place(s) free.");
		clickAndWait(By.xpath("//button[normalize-space()='Enrol']"));
		assertThat(pageText()).contains("You are enrolled.", "You have a place in this session.",
				"1 of 12 places taken");
		screenshot("training-session-enrolled");

		clickAndWait(By.linkText("My trainings"));
		assertThat(find(By.id("my-upcoming")).getText()).contains(title, "Room Lindenhof", "Enrolled");
		clickAndWait(By.xpath("//button[normalize-space()='Make my feed address']"));
		assertThat(find(By.id("feed-url")).getDomAttribute("value")).contains("/trainings/feed/trn_").endsWith(".ics");
		screenshot("trainings-mine");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		screenshot("trainings-mine-phone");
		open("/trainings/sessions/" + session);
		screenshot("training-session-phone");
		browser.manage().window().setSize(new Dimension(1280, 900));

		open("/");
		assertThat(pageText()).contains("My next training", title);
		screenshot("home-staff-next-training");
		signOut();

		signIn(lead, TestData.PASSWORD);
		open("/trainings/sessions/" + session);
		assertThat(find(By.id("roster")).getText()).contains("Test Staff", "Enrolled", "Registered");
		screenshot("training-session-roster");
		open("/trainings/coverage");
		assertThat(pageText()).contains("Training coverage", department, "Gap list");
		screenshot("trainings-coverage");
		open("/");
		assertThat(pageText()).contains("Training coverage");
		screenshot("home-lead-coverage");
		open("/trainings/new");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				find(By.cssSelector("main form button[type=submit]")));
		submitForm();
		assertThat(pageText()).contains("Please fill this in.", "Choose at least one department.");
		screenshot("training-form-errors");
	}

}
