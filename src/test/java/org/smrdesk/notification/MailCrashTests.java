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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sender that stops after the SMTP server accepted a mail but before it wrote "sent"
 * (simulated by a mail sender that throws right after GreenMail took the message) leaves
 * the row claimed: no later run sends it again, and once the claim is old the mail is
 * failed with the reason for the lead. Mail bodies name the zone of their times.
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
	private JdbcTemplate jdbc;

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
		assertThat(
				this.jdbc.queryForObject("select last_error from mail_outbox where subject = ?", String.class, subject))
			.isEqualTo(MailOutbox.INTERRUPTED);
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
				new MailMetrics(this.jdbc));
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
