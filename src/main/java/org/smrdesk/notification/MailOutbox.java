package org.smrdesk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.MailAttachment;
import org.smrdesk.core.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail outbox table: rows are written in the transaction of the change they tell
 * of, claimed one at a time by the sender (marked SENDING and committed,
 * {@code FOR UPDATE
 * SKIP LOCKED}: two senders never claim the same row), and marked sent, retried later
 * with a growing delay, or failed with the reason.
 */
@Component
class MailOutbox {

	/** Attempts before a mail is given up as failed. */
	static final int MAX_ATTEMPTS = 8;

	/** The longest wait between two attempts. */
	static final Duration MAX_BACKOFF = Duration.ofHours(6);

	/**
	 * How long a claim may last before its sender is taken to have stopped (far beyond
	 * the SMTP timeouts of one mail).
	 */
	static final Duration STALE_CLAIM = Duration.ofMinutes(15);

	/** The reason given for a mail whose sender stopped while handing it over. */
	static final String INTERRUPTED = "Interrupted while being handed to the SMTP server: it may have been delivered,"
			+ " so it is not sent again by itself. Ask the recipient, then send it again if needed.";

	private static final String COLUMNS = """
			id, user_id, recipient, kind, subject, text_body, html_body, unsubscribe_url, status, attempts,
			next_attempt_at, last_error, created_at, sent_at""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailOutbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void enqueue(Long userId, String recipient, String kind, MailRenderer.Rendered mail, String unsubscribeUrl) {
		enqueue(userId, recipient, kind, mail, unsubscribeUrl, null);
	}

	/**
	 * Writes a mail, and the file sent with it if any (stored now, so that every attempt
	 * sends the same bytes).
	 */
	void enqueue(Long userId, String recipient, String kind, MailRenderer.Rendered mail, String unsubscribeUrl,
			MailAttachment attachment) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Long id = this.jdbc.queryForObject("""
				insert into mail_outbox (user_id, recipient, kind, subject, text_body, html_body, unsubscribe_url,
				                         next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, userId, recipient, kind, mail.subject(),
				mail.text(), mail.html(), unsubscribeUrl, now, now);
		if (attachment != null) {
			this.jdbc.update(
					"insert into mail_outbox_attachments (mail_id, filename, content_type, content) values (?, ?, ?, ?)",
					id, attachment.filename(), attachment.contentType(), attachment.content());
		}
	}

	/**
	 * The files sent with a mail.
	 * @param mailId the mail
	 * @return its files, in the order written
	 */
	List<MailAttachment> attachments(long mailId) {
		return this.jdbc.query(
				"select filename, content_type, content from mail_outbox_attachments where mail_id = ? order by id",
				(rs, i) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), mailId);
	}

	/**
	 * Claims the next mail due for one sender: marks it SENDING in one statement (rows
	 * another sender is claiming are skipped). The caller commits the claim before
	 * handing the mail to the SMTP server, so a crash after the server accepted it leaves
	 * the row SENDING, never QUEUED: it is not sent again.
	 * @return the mail, or empty when none is due
	 */
	Optional<OutboxMail> claimNext() {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<OutboxMail> rows = this.jdbc.query("update mail_outbox set status = 'SENDING', claimed_at = ? where id = ("
				+ "select id from mail_outbox where status = 'QUEUED' and next_attempt_at <= ? "
				+ "order by next_attempt_at, id limit 1 for update skip locked) and status = 'QUEUED' returning "
				+ COLUMNS, OutboxMail::of, now, now);
		return rows.stream().findFirst();
	}

	/**
	 * Fails the mails a sender claimed but never finished (it stopped between the claim
	 * and "sent" or "failed"): the SMTP server may have accepted them, so they are not
	 * sent again by themselves; the lead sees why and can send one again.
	 * @return how many were found
	 */
	int failInterrupted() {
		Instant now = this.clock.instant();
		return this.jdbc.update("""
				update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ?
				where status = 'SENDING' and claimed_at < ?""", INTERRUPTED, Timestamp.from(now.minus(STALE_CLAIM)));
	}

	void markSent(long id) {
		this.jdbc.update("""
				update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null
				where id = ? and status = 'SENDING'""", Timestamp.from(this.clock.instant()), id);
	}

	/**
	 * Records a failed attempt: retried after 1, 2, 4 ... minutes (at most
	 * {@link #MAX_BACKOFF}), given up after {@link #MAX_ATTEMPTS} or at once when the
	 * failure is permanent.
	 * @param mail the mail
	 * @param reason what went wrong
	 * @param permanent true when trying again cannot help (a refused address)
	 * @return true when the mail is given up, false when it is queued again
	 */
	boolean markFailed(OutboxMail mail, String reason, boolean permanent) {
		int attempts = mail.attempts() + 1;
		boolean giveUp = permanent || attempts >= MAX_ATTEMPTS;
		Instant next = this.clock.instant().plus(backoff(attempts));
		this.jdbc.update("""
				update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?
				where id = ? and status = 'SENDING'""", giveUp ? "FAILED" : "QUEUED", attempts, Timestamp.from(next),
				truncate(reason), mail.id());
		return giveUp;
	}

	static Duration backoff(int attempts) {
		Duration delay = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
		return (delay.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : delay;
	}

	/**
	 * Puts a failed mail back in the queue, due now.
	 * @param id the mail's id
	 * @return true when it was failed
	 */
	boolean retry(long id) {
		return this.jdbc.update(
				"update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = ? where id = ? and status = 'FAILED'",
				Timestamp.from(this.clock.instant()), id) == 1;
	}

	Page<OutboxMail> page(OutboxStatus status, Pageable pageable) {
		return Paging.within(pageable, (reachable) -> {
			String where = (status != null) ? " where status = '" + status.name() + "'" : "";
			List<OutboxMail> rows = this.jdbc.query(
					"select " + COLUMNS + " from mail_outbox" + where
							+ " order by created_at desc, id desc limit ? offset ?",
					OutboxMail::of, reachable.getPageSize(), reachable.getOffset());
			Long total = this.jdbc.queryForObject(
					"select count(*) from (select 1 from mail_outbox" + where + " limit " + Paging.MAX_ROWS + ") c",
					Long.class);
			return new PageImpl<>(rows, reachable, (total != null) ? total : 0);
		});
	}

	Optional<OutboxMail> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from mail_outbox where id = ?", OutboxMail::of, id)
			.stream()
			.findFirst();
	}

	private static String truncate(String reason) {
		if (reason == null) {
			return "unknown error";
		}
		return (reason.length() > 500) ? reason.substring(0, 500) : reason;
	}

}
