package org.smrdesk.incident;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.journey.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident pages in a real browser: zero axe-core violations (WCAG 2 A and AA) on
 * every incident page, list and form for the lead and for staff; focus on the new entry
 * after an htmx add; evidence refused in the browser before it is sent, and a 200 MB
 * upload answered with a message, not an error.
 */
class IncidentAccessibilityBrowserTests extends BrowserTest {

	@Autowired
	private IncidentService incidents;

	@Autowired
	private TimelineService timeline;

	@Autowired
	private AttachmentService attachments;

	@Autowired
	private NamedPartyService parties;

	@Autowired
	private UserDetailsService userDetails;

	private String leadEmail;

	private String staffEmail;

	private Incident incident;

	@BeforeEach
	void aCrisisWithATimelineEvidenceAndParties() throws Exception {
		this.leadEmail = TestData.user(this.jdbc, Role.LEAD, "Axe Communications");
		this.staffEmail = TestData.user(this.jdbc, Role.STAFF, "Axe Support");
		CurrentUser lead = (CurrentUser) this.userDetails.loadUserByUsername(this.leadEmail);
		CurrentUser staff = (CurrentUser) this.userDetails.loadUserByUsername(this.staffEmail);
		this.incident = this.incidents.report(IncidentFixtures.report("Logo parody"), lead);
		this.incidents.triage(this.incident.getId(),
				IncidentFixtures.triage(this.incident, Severity.CRISIS, staff.departmentId()), lead);
		NamedPartyForm ngo = new NamedPartyForm();
		ngo.setKind(OutsideParty.NGO);
		ngo.setName("Rainforest Watch");
		NamedParty watch = this.parties.add(this.incident.getId(), ngo, lead);
		TimelineEntryForm development = IncidentFixtures.entry(TimelineEntryType.EXTERNAL_DEVELOPMENT,
				"Activists posted a parody of the logo");
		development.setGroup(watch.getKey());
		development.setActedByParty(watch.getKey());
		TimelineEntry posted = this.timeline.add(this.incident.getId(), development, lead);
		this.timeline.add(this.incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.RESPONSE_PUBLISHED, "We answered on the company blog"), lead);
		TimelineEntryForm correction = IncidentFixtures.entry(TimelineEntryType.CORRECTION, "It was a video");
		correction.setCorrectsEntryId(posted.getId());
		this.timeline.add(this.incident.getId(), correction, lead);
		this.attachments.attach(this.incident.getId(), posted.getId(), "parody.png", EvidenceWebTests.png(800, 600),
				"The parody before it was deleted", lead);
		this.attachments.attach(this.incident.getId(), null, "statement.txt",
				"Our statement".getBytes(StandardCharsets.UTF_8), null, lead);
	}

	private List<String> check(String path, String screenshot) throws IOException {
		open(path);
		screenshot(screenshot);
		return axe();
	}

	@Test
	void everyIncidentPageListAndFormHasNoAxeViolationsForTheLeadAndForStaff() throws Exception {
		String id = "/incidents/" + this.incident.getId();
		List<String> violations = new ArrayList<>();
		signIn(this.leadEmail, TestData.PASSWORD);
		violations.addAll(check("/incidents", "a11y-lead-incident-list"));
		violations.addAll(check("/incidents?q=parody&status=all", "a11y-lead-incident-search"));
		violations.addAll(check("/incidents/new", "a11y-lead-incident-new"));
		violations.addAll(check(id, "a11y-lead-incident-show"));
		violations.addAll(check(id + "?group=&type=EXTERNAL_DEVELOPMENT", "a11y-lead-incident-filtered"));
		violations.addAll(check(id + "/edit", "a11y-lead-incident-edit"));
		violations.addAll(check(id + "/triage", "a11y-lead-incident-triage"));
		violations.addAll(check(id + "/print", "a11y-lead-incident-print"));
		violations.addAll(check(id + "/attachments/new", "a11y-lead-evidence-form"));
		violations.addAll(check(id + "/parties/new", "a11y-lead-party-form"));
		violations.addAll(check("/", "a11y-lead-home"));
		open("/incidents/new");
		submitForm();
		violations.addAll(axe());
		screenshot("a11y-lead-incident-new-errors");
		signOut();
		signIn(this.staffEmail, TestData.PASSWORD);
		violations.addAll(check("/incidents", "a11y-staff-incident-list"));
		violations.addAll(check("/incidents/new", "a11y-staff-incident-new"));
		violations.addAll(check(id, "a11y-staff-incident-show"));
		violations.addAll(check(id + "/print", "a11y-staff-incident-print"));
		violations.addAll(check(id + "/attachments/new", "a11y-staff-evidence-form"));
		violations.addAll(check("/", "a11y-staff-home"));
		assertThat(violations).isEmpty();
	}

	@Test
	void afterAnHtmxAddFocusIsOnTheNewEntry() throws Exception {
		signIn(this.leadEmail, TestData.PASSWORD);
		open("/incidents/" + this.incident.getId());
		new Select(find(By.id("type"))).selectByValue("NOTE");
		type("body", "Legal checked the parody: satire, no takedown");
		WebElementClick.click(browser, find(By.cssSelector("form[data-entry-form] button[type=submit]")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-added-entry]")));
		waitFor((driver) -> ((JavascriptExecutor) driver)
			.executeScript("return document.activeElement && document.activeElement.hasAttribute('data-added-entry')"));
		assertThat(browser.switchTo().activeElement().getText()).contains("Legal checked the parody");
		screenshot("a11y-lead-entry-added");
		assertThat(axe()).isEmpty();
	}

	@Test
	void anEmptyEvidenceFileIsRefusedBesideTheFieldBeforeItIsSentAndTheDescriptionStays() throws Exception {
		Path empty = Files.createTempFile("empty", ".png");
		signIn(this.leadEmail, TestData.PASSWORD);
		open("/incidents/" + this.incident.getId() + "/attachments/new");
		type("description", "The post, before it vanished");
		find(By.id("file")).sendKeys(empty.toAbsolutePath().toString());
		WebElementClick.click(browser, find(By.cssSelector("form.evidence-form button[type=submit]")));
		assertThat(find(By.id("file-check")).getText()).isEqualTo("Choose a file that is not empty.");
		assertThat(find(By.id("description")).getAttribute("value")).isEqualTo("The post, before it vanished");
		assertThat(browser.getCurrentUrl()).endsWith("/attachments/new");
		screenshot("a11y-evidence-empty-refused");
	}

	@Test
	void a200MegabyteUploadGetsAMessageOnTheEvidenceFormNotAnError() throws Exception {
		signIn(this.leadEmail, TestData.PASSWORD);
		open("/incidents/" + this.incident.getId() + "/attachments/new");
		String action = find(By.cssSelector("form.evidence-form")).getAttribute("action");
		StringBuilder cookies = new StringBuilder();
		for (Cookie cookie : browser.manage().getCookies()) {
			cookies.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
		}
		String boundary = "----smr" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nKept?\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		long size = 200L * 1024 * 1024;
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpRequest upload = HttpRequest.newBuilder(URI.create(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", cookies.toString())
			.POST(HttpRequest.BodyPublishers
				.fromPublisher(
						HttpRequest.BodyPublishers
							.ofInputStream(() -> new SequenceInputStream(new java.io.ByteArrayInputStream(head),
									new SequenceInputStream(new ZeroStream(size),
											new java.io.ByteArrayInputStream(tail)))),
						head.length + size + tail.length))
			.build();
		HttpResponse<String> answer = client.send(upload, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow())
			.endsWith("/incidents/" + this.incident.getId() + "/attachments/new?tooLarge");
		open("/incidents/" + this.incident.getId() + "/attachments/new?tooLarge");
		assertThat(find(By.id("file-errors")).getText()).isEqualTo(
				"The file was larger than 10 MB, the limit for evidence, and was not attached: choose a smaller file.");
		assertThat(pageText()).contains("The file was larger than 10 MB, the limit for evidence");
		screenshot("a11y-evidence-too-large");
	}

	/**
	 * A stream of zero bytes of a given length, so a large upload needs no memory.
	 */
	private static final class ZeroStream extends InputStream {

		private long left;

		ZeroStream(long length) {
			this.left = length;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			this.left--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, this.left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
			this.left -= n;
			return n;
		}

	}

	/**
	 * Clicks after scrolling the element into the middle of the window.
	 */
	private static final class WebElementClick {

		static void click(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement element) {
			((JavascriptExecutor) driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
			element.click();
		}

	}

}
