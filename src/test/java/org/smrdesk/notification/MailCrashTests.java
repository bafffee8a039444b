package org.smrdesk.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A sender that stops after the SMTP server accepted a mail but before it wrote "sent"
 * (simulated by a mail sender that throws right after GreenMail took the message) leaves
 * the row claimed: no later run sends it again, and once the claim is old the mail is
 * failed with the reason for the lead, who sees it on the outbox page and sends it again
 * with one click (once). Mail bodies name the zone of their times.
 */
@IntegrationTest
class MailCrashTests {

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private MailRenderer renderer;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MailMetrics metrics;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	private GreenMail smtp;

	private int port;

	@BeforeEach
	void start() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.smtp = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	@AfterEach
	void stop() {
		this.smtp.stop();
	}

	@Test
	void aSenderThatStopsAfterTheServerAcceptedAMailNeverSendsItAgain() throws Exception {
		String subject = "Crash " + UUID.randomUUID();
		crashWhileSending(subject);
		assertThat(
				this.jdbc.queryForObject("select last_error from mail_outbox where subject = ?", String.class, subject))
			.isEqualTo(MailOutbox.INTERRUPTED);
	}

	@Test
	void theLeadSeesAnInterruptedMailWithItsReasonAndSendsItAgainWithOneClick() throws Exception {
		String subject = "Crash resent " + UUID.randomUUID();
		OutboxSender restarted = crashWhileSending(subject);
		long id = this.jdbc.queryForObject("select id from mail_outbox where subject = ?", Long.class, subject);
		CurrentUser lead = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Outbox Crash " + UUID.randomUUID()));
		this.mvc.perform(get("/notifications/outbox").param("status", "FAILED").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString(MailOutbox.INTERRUPTED)));
		this.mvc.perform(get("/notifications/outbox/{id}", id).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(MailOutbox.INTERRUPTED)))
			.andExpect(content().string(containsString("action=\"/notifications/outbox/" + id + "/retry\"")));
		this.mvc.perform(post("/notifications/outbox/{id}/retry", id).with(user(lead)).with(csrf()))
			.andExpect(redirectedUrl("/notifications/outbox/" + id));
		assertThat(row(subject)).isEqualTo("QUEUED/0");

		restarted.sendDue(100_000);
		restarted.sendDue(100_000);
		assertThat(received(subject)).as("the first delivery and the one the lead asked for").hasSize(2);
		assertThat(row(subject)).isEqualTo("SENT/1");
	}

	/**
	 * A mail the server accepted from a sender that stopped before writing "sent": never
	 * sent again by itself, failed once its claim is old.
	 * @return a sender that works, as after a restart
	 */
	private OutboxSender crashWhileSending(String subject) {
		String recipient = "crash-" + UUID.randomUUID() + "@test.example";
		this.transactions.executeWithoutResult((status) -> this.outbox.enqueue(null, recipient, "INCIDENT_REPORTED",
				new MailRenderer.Rendered(subject, "text", "<p>html</p>"), null));
		// first in line
		this.jdbc.update("update mail_outbox set next_attempt_at = now() - interval '1 day' where subject = ?",
				subject);

		assertThatThrownBy(() -> sender(new CrashingSender(subject)).sendDue(10)).isInstanceOf(SimulatedCrash.class);
		assertThat(received(subject)).hasSize(1);
		assertThat(row(subject)).isEqualTo("SENDING/0");

		OutboxSender restarted = sender(new CrashingSender(null));
		restarted.sendDue(100_000);
		assertThat(received(subject)).as("not sent again").hasSize(1);
		assertThat(row(subject)).isEqualTo("SENDING/0");

		// the claim grows old: its sender is taken to have stopped
		this.jdbc.update("update mail_outbox set claimed_at = now() - interval '16 minutes' where subject = ?",
				subject);
		restarted.sendDue(100_000);
		assertThat(received(subject)).hasSize(1);
		assertThat(row(subject)).isEqualTo("FAILED/1");
		return restarted;
	}

	@Test
	void aMailSaysInWhichZoneItsTimesAre() {
		MailRenderer.Rendered mail = this.renderer.render("Robin", "Training tomorrow",
				List.of(new MailRenderer.Item("Training tomorrow", "Starts 2030-07-01 10:00 CEST", null)), null);
		assertThat(mail.text()).contains("Times in this e-mail are in the company time zone, Europe/Berlin.");
		assertThat(mail.html()).contains("Times in this e-mail are in the company time zone, Europe/Berlin.");
	}

	private OutboxSender sender(JavaMailSender mail) {
		ObjectProvider<JavaMailSender> provider = new StaticListableBeanFactory(Map.of("mailSender", mail))
			.getBeanProvider(JavaMailSender.class);
		return new OutboxSender(this.outbox, provider, this.transactions, "127.0.0.1", "smr-desk@test.example",
				this.metrics);
	}

	private List<MimeMessage> received(String subject) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((m) -> {
			try {
				return subject.equals(m.getSubject());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private String row(String subject) {
		return this.jdbc.queryForObject("select status || '/' || attempts from mail_outbox where subject = ?",
				String.class, subject);
	}

	/**
	 * Hands messages to GreenMail; for one subject, stops (throws) right after the server
	 * accepted it, as a node that dies at that moment.
	 */
	private final class CrashingSender extends JavaMailSenderImpl {

		private final String crashOn;

		CrashingSender(String crashOn) {
			this.crashOn = crashOn;
			setHost("127.0.0.1");
			setPort(MailCrashTests.this.port);
		}

		@Override
		protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
			super.doSend(messages, originals);
			for (MimeMessage message : messages) {
				try {
					if (message.getSubject().equals(this.crashOn)) {
						throw new SimulatedCrash();
					}
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}

	}

	private static final class SimulatedCrash extends RuntimeException {

	}

}
