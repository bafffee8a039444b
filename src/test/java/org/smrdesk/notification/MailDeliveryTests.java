package org.smrdesk.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Notice;
import org.smrdesk.core.NotificationKind;
import org.smrdesk.core.Role;
import org.smrdesk.incident.IncidentForm;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.incident.IncidentService;
import org.smrdesk.incident.Severity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real SMTP server (GreenMail on 127.0.0.1) receives the outbox: exactly one mail per
 * event and recipient, with two senders at once and across an SMTP outage; digests gather
 * a day's notifications into one mail.
 */
@IntegrationTest
class MailDeliveryTests {

	private static final int PORT = freePort();

	private static GreenMail smtp = start();

	@Autowired
	private OutboxSender sender;

	@Autowired
	private DigestService digests;

	@Autowired
	private Notifier notifier;

	@Autowired
	private IncidentService incidents;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ReminderService reminders;

	private String lead;

	private CurrentUser staff;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
		registry.add("smr.public-url", () -> "https://smr.example.com");
	}

	@BeforeEach
	void people() {
		this.lead = TestData.user(this.jdbc, Role.LEAD, "Mail Communications");
		this.staff = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Mail Customer Care"));
	}

	@AfterEach
	void smtpRunning() {
		if (!smtp.isRunning()) {
			smtp = start();
		}
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@Test
	void twoSendersAtOnceSendEachMailExactlyOnce() throws Exception {
		String title = "Mail twice? " + UUID.randomUUID();
		this.incidents.report(form(title, Severity.MODERATE), this.staff);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Integer>> runs = List.of(pool.submit(() -> run(go)), pool.submit(() -> run(go)));
			go.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		this.sender.sendDue(1000);
		List<MimeMessage> received = to(this.lead, title);
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("New incident: " + title);
		assertThat(mail.getHeader("List-Unsubscribe")[0])
			.startsWith("<https://smr.example.com/notifications/unsubscribe?token=");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("https://smr.example.com/incidents/").contains("text/html").contains("text/plain");
		assertThat(this.jdbc.queryForObject(
				"select status || '/' || attempts from mail_outbox where recipient = ?" + " and subject = ?",
				String.class, this.lead, "New incident: " + title))
			.isEqualTo("SENT/1");
	}

	@Test
	void mailWrittenDuringAnSmtpOutageIsSentOnceWhenTheServerIsBack() throws Exception {
		String title = "Outage " + UUID.randomUUID();
		// what other tests left queued goes first, while the server is up: a run stops at
		// the
		// first connection failure, so the outage below meets this test's mail first
		this.sender.sendDue(100_000);
		this.jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 day' where status = 'QUEUED'");
		smtp.stop();
		this.incidents.report(form(title, Severity.MODERATE), this.staff);
		// every lead of the shared database is told: a run stops at the first connection
		// failure, so the other leads' mails wait
		this.jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 day' where status = 'QUEUED'"
				+ " and recipient <> ?", this.lead);
		this.sender.sendDue(1000);
		this.sender.sendDue(1000);
		String outbox = "select status || '/' || attempts || '/' || (last_error is not null) || '/' || (next_attempt_at > now())"
				+ " from mail_outbox where recipient = ? and subject = ?";
		assertThat(this.jdbc.queryForObject(outbox, String.class, this.lead, "New incident: " + title))
			.isEqualTo("QUEUED/1/true/true");
		smtp = start();
		this.sender.sendDue(1000);
		assertThat(to(this.lead, title)).as("not due before its backoff").isEmpty();
		// the backoff has passed
		this.jdbc.update("update mail_outbox set next_attempt_at = now() where recipient = ? and status = 'QUEUED'",
				this.lead);
		this.sender.sendDue(1000);
		this.sender.sendDue(1000);
		assertThat(to(this.lead, title)).hasSize(1);
		assertThat(this.jdbc.queryForObject(outbox, String.class, this.lead, "New incident: " + title))
			.startsWith("SENT/2/");
	}

	@Test
	void sendsRetriesAndGivenUpMailsAreCountedAndTheOutboxIsGauged() throws Exception {
		String title = "Counted " + UUID.randomUUID();
		this.sender.sendDue(100_000);
		this.jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 day' where status = 'QUEUED'");
		this.incidents.report(form(title, Severity.MODERATE), this.staff);
		this.jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 day' where status = 'QUEUED'"
				+ " and recipient <> ?", this.lead);
		long id = this.jdbc.queryForObject("select id from mail_outbox where recipient = ? and subject = ?", Long.class,
				this.lead, "New incident: " + title);
		assertThat(gauge("queued")).isGreaterThanOrEqualTo(1);
		double sent = sends("sent");
		double retried = sends("retry");
		double failed = sends("failed");
		smtp.stop();
		// one attempt before the last: refused now, queued again; then given up
		this.jdbc.update("update mail_outbox set attempts = ? where id = ?", MailOutbox.MAX_ATTEMPTS - 2, id);
		this.sender.sendDue(1000);
		assertThat(sends("retry") - retried).isEqualTo(1);
		this.jdbc.update("update mail_outbox set next_attempt_at = now() where id = ?", id);
		this.sender.sendDue(1000);
		assertThat(sends("failed") - failed).isEqualTo(1);
		assertThat(gauge("failed")).isGreaterThanOrEqualTo(1);
		smtp = start();
		assertThat(this.outbox.retry(id)).isTrue();
		this.sender.sendDue(1000);
		assertThat(to(this.lead, title)).hasSize(1);
		assertThat(sends("sent") - sent).isEqualTo(1);
		assertThat(sends("retry") - retried).isEqualTo(1);
		assertThat(sends("failed") - failed).isEqualTo(1);
	}

	private double sends(String outcome) {
		return this.meters.get("smr.mail.sends").tag("outcome", outcome).counter().count();
	}

	private double gauge(String status) {
		return this.meters.get("smr.mail.outbox").tag("status", status).gauge().value();
	}

	@Test
	void aDigestGathersTheDaysNotificationsIntoOneMailWhileACrisisComesAtOnce() throws Exception {
		long leadId = TestData.userId(this.jdbc, this.lead);
		this.jdbc.update(
				"insert into notification_preferences (user_id, kind, delivery) values (?, ?, 'DIGEST'), (?, ?, 'DIGEST')",
				leadId, "INCIDENT_REPORTED", leadId, "INCIDENT_ASSIGNED");
		// mail other test classes left queued (for their own SMTP servers) must not stand
		// in
		// front of this test's: the sender stops at the first mail it has to retry
		this.jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 day' where status = 'QUEUED'");
		String first = "Digest one " + UUID.randomUUID();
		String crisis = "Digest crisis " + UUID.randomUUID();
		this.incidents.report(form(first, Severity.MODERATE), this.staff);
		this.incidents.report(form(crisis, Severity.CRISIS), this.staff);
		this.transactions
			.executeWithoutResult((status) -> this.notifier.notify(new Notice(NotificationKind.INCIDENT_ASSIGNED,
					List.of(leadId), List.of("Digest two"), "/incidents/1", false, null, null)));
		this.sender.sendDue(1000);
		assertThat(to(this.lead, crisis)).as("a crisis comes at once").hasSize(1);
		assertThat(to(this.lead, first)).as("kept for the digest").isEmpty();
		this.digests.gather();
		this.digests.gather();
		this.sender.sendDue(1000);
		List<MimeMessage> digest = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals(this.lead) && subject(m).startsWith("SMR Desk: "))
			.toList();
		assertThat(digest).hasSize(1);
		assertThat(subject(digest.get(0))).isEqualTo("SMR Desk: 2 notifications of the last day");
		String body = GreenMailUtil.getBody(digest.get(0));
		assertThat(body).contains(first).contains("Digest two").doesNotContain(crisis);
		assertThat(body.indexOf("Assigned to you")).as("grouped by kind").isLessThan(body.indexOf("New incident"));
		assertThat(this.jdbc.queryForObject("select count(*) from notifications where user_id = ? and digest_due",
				Integer.class, leadId))
			.isZero();
	}

	@Test
	void theMonthlyReportMailCarriesItsPdfStoredWithTheMailSoThatARetrySendsTheSameFile() throws Exception {
		String manager = TestData.user(this.jdbc, Role.MANAGER, "Mail Executive");
		String subject = "The SMR report for 2026-10 is ready";
		this.sender.sendDue(100_000);
		this.jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 day' where status = 'QUEUED'");
		smtp.stop();
		this.reminders.remind(LocalDate.of(2026, 11, 1));
		this.jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 day' where status = 'QUEUED'"
				+ " and not (recipient = ? and subject = ?)", manager, subject);
		this.sender.sendDue(1000);
		String outbox = "select status || '/' || attempts from mail_outbox where recipient = ? and subject = ?";
		assertThat(this.jdbc.queryForObject(outbox, String.class, manager, subject)).isEqualTo("QUEUED/1");
		byte[] stored = this.jdbc.queryForObject("""
				select a.content from mail_outbox_attachments a join mail_outbox o on o.id = a.mail_id
				where o.recipient = ? and o.subject = ?""", byte[].class, manager, subject);
		smtp = start();
		this.jdbc.update("update mail_outbox set next_attempt_at = now() where recipient = ? and status = 'QUEUED'",
				manager);
		this.sender.sendDue(1000);

		List<MimeMessage> received = to(manager, subject);
		assertThat(received).hasSize(1);
		Part pdf = part(received.get(0), "smr-report-2026-10.pdf");
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		byte[] sent = pdf.getInputStream().readAllBytes();
		assertThat(sent).isEqualTo(stored);
		assertThat(new String(sent, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PdfReader reader = new PdfReader(sent)) {
			assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("2026-10");
		}
		assertThat(GreenMailUtil.getBody(received.get(0))).contains("https://smr.example.com/reports/2026-10");
		assertThat(this.jdbc.queryForObject(outbox, String.class, manager, subject)).isEqualTo("SENT/2");
	}

	private static Part part(Part message, String filename) throws Exception {
		if (filename.equals(message.getFileName())) {
			return message;
		}
		if (message.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				Part found = part(multipart.getBodyPart(i), filename);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private int run(CountDownLatch go) throws InterruptedException {
		go.await();
		return this.sender.sendDue(1000);
	}

	private static List<MimeMessage> to(String recipient, String text) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals(recipient) && subject(m).contains(text))
			.toList();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static IncidentForm form(String title, Severity severity) {
		IncidentForm form = new IncidentForm();
		form.setTitle(title);
		form.setSummary("Seen by the mail tests.");
		form.setDetectedAt(LocalDateTime.now().minusHours(1).withSecond(0).withNano(0));
		form.setKind(IncidentKind.OTHER);
		form.setSeverity(severity);
		return form;
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
