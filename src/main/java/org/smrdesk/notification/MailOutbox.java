package org.smrdesk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail outbox table: rows are written in the transaction of the change they tell
 * of, claimed one at a time by the sender ({@code FOR UPDATE SKIP LOCKED}: two senders
 * never hold the same row), and marked sent, retried later with a growing delay, or
 * failed with the reason.
 */
@Component
class MailOutbox {

	/** Attempts before a mail is given up as failed. */
	static final int MAX_ATTEMPTS = 8;

	/** The longest wait between two attempts. */
	static final Duration MAX_BACKOFF = Duration.ofHours(6);

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
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				insert into mail_outbox (user_id, recipient, kind, subject, text_body, html_body, unsubscribe_url,
				                         next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", userId, recipient, kind, mail.subject(), mail.text(),
				mail.html(), unsubscribeUrl, now, now);
	}

	/**
	 * Locks the next mail due, skipping those another sender holds; the lock lasts until
	 * the caller's transaction ends.
	 * @return the mail, or empty when none is due
	 */
	Optional<OutboxMail> claimNext() {
		List<OutboxMail> rows = this.jdbc.query("select " + COLUMNS + """
				 from mail_outbox where status = 'QUEUED' and next_attempt_at <= ?
				order by next_attempt_at, id limit 1 for update skip locked""", OutboxMail::of,
				Timestamp.from(this.clock.instant()));
		return rows.stream().findFirst();
	}

	void markSent(long id) {
		this.jdbc.update(
				"update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
				Timestamp.from(this.clock.instant()), id);
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
		this.jdbc.update(
				"update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
				giveUp ? "FAILED" : "QUEUED", attempts, Timestamp.from(next), truncate(reason), mail.id());
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
