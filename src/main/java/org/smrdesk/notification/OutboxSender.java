package org.smrdesk.notification;

import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smrdesk.core.MailAttachment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends the outbox: each mail is claimed (marked SENDING) and committed before it goes to
 * the SMTP server, then marked sent or failed in a second transaction, so a second sender
 * (another node whose ShedLock ran out, or a test) never takes it, and a crash after the
 * server accepted it cannot send it again (the row is failed with the reason instead). An
 * unreachable SMTP server leaves the mail queued for a later attempt and ends the run.
 * Without an SMTP host ({@code SMR_MAIL_HOST} empty, the demo default) nothing is sent:
 * mail stays in the outbox page.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> senders;

	private final TransactionTemplate transactions;

	private final String host;

	private final String from;

	private final MailMetrics metrics;

	OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> senders, TransactionTemplate transactions,
			@Value("${spring.mail.host:}") String host, @Value("${smr.mail.from:smr-desk@localhost}") String from,
			MailMetrics metrics) {
		this.outbox = outbox;
		this.metrics = metrics;
		this.senders = senders;
		this.transactions = transactions;
		this.host = host;
		this.from = from;
	}

	/**
	 * Whether an SMTP server is configured.
	 * @return true when mail leaves the outbox
	 */
	boolean isConfigured() {
		return StringUtils.hasText(this.host) && this.senders.getIfAvailable() != null;
	}

	/**
	 * Sends what is due, at most {@code limit} mails.
	 * @param limit the most to send in this run
	 * @return how many were sent
	 */
	int sendDue(int limit) {
		if (!isConfigured()) {
			return 0;
		}
		JavaMailSender sender = this.senders.getObject();
		Integer interrupted = this.transactions.execute((status) -> this.outbox.failInterrupted());
		if (interrupted != null && interrupted > 0) {
			log.warn("{} mail(s) were left half-sent by a stopped sender: failed, not sent again", interrupted);
		}
		int sent = 0;
		for (int i = 0; i < limit; i++) {
			// the claim commits before the SMTP server sees the mail, and the outcome is
			// written after: a crash in between leaves the row SENDING, not QUEUED
			Optional<OutboxMail> next = this.transactions.execute((status) -> this.outbox.claimNext());
			if (next == null || next.isEmpty()) {
				break;
			}
			Outcome outcome = send(sender, next.get());
			if (outcome == Outcome.SENT) {
				sent++;
			}
			else if (outcome != Outcome.PERMANENT) {
				break;
			}
		}
		return sent;
	}

	private Outcome send(JavaMailSender sender, OutboxMail mail) {
		try {
			MimeMessage message = new StableIdMessage(sender.createMimeMessage(), mail.id());
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.textBody(), mail.htmlBody());
			for (MailAttachment file : this.outbox.attachments(mail.id())) {
				helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
			}
			if (mail.unsubscribeUrl() != null) {
				message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			sender.send(message);
		}
		catch (MessagingException | MailParseException | MailPreparationException ex) {
			record(() -> this.outbox.markFailed(mail, "Invalid message or address: " + ex.getMessage(), true));
			this.metrics.count(MailMetrics.Outcome.FAILED);
			return Outcome.PERMANENT;
		}
		catch (MailException ex) {
			boolean permanent = refusedAddress(ex);
			log.warn("Mail {} not sent ({}): {}", mail.id(), permanent ? "refused" : "will retry", ex.getMessage());
			boolean givenUp = Boolean.TRUE.equals(
					this.transactions.execute((status) -> this.outbox.markFailed(mail, ex.getMessage(), permanent)));
			this.metrics.count(givenUp ? MailMetrics.Outcome.FAILED : MailMetrics.Outcome.RETRY);
			return permanent ? Outcome.PERMANENT : Outcome.RETRY;
		}
		record(() -> this.outbox.markSent(mail.id()));
		this.metrics.count(MailMetrics.Outcome.SENT);
		return Outcome.SENT;
	}

	private void record(Runnable outcome) {
		this.transactions.executeWithoutResult((status) -> outcome.run());
	}

	private static boolean refusedAddress(MailException ex) {
		if (ex instanceof MailSendException send) {
			for (Exception failure : send.getFailedMessages().values()) {
				for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
					if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
							&& refused.getInvalidAddresses().length > 0) {
						return true;
					}
					if (cause instanceof AddressException) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private enum Outcome {

		SENT, RETRY, PERMANENT

	}

	/**
	 * A message whose Message-ID stays the same for every attempt of one outbox row, so a
	 * receiver can drop a copy sent again after a crash between "accepted" and "marked
	 * sent".
	 */
	private static final class StableIdMessage extends MimeMessage {

		private final long id;

		StableIdMessage(MimeMessage source, long id) {
			super(source.getSession());
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", "<outbox-" + this.id + "@smr-desk>");
		}

	}

}
