package org.smrdesk.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One e-mail of the outbox.
 *
 * @param id its id
 * @param userId the recipient's user id, or null once the user is gone
 * @param recipient the address
 * @param kind the notification kind, or {@code DIGEST}
 * @param subject the subject
 * @param textBody the plain-text body
 * @param htmlBody the HTML body
 * @param unsubscribeUrl the one-click unsubscribe link, or null
 * @param status where it stands
 * @param attempts attempts made
 * @param nextAttemptAt when it is tried next (while queued)
 * @param lastError why the last attempt failed, or null
 * @param createdAt when it was written
 * @param sentAt when the SMTP server accepted it, or null
 */
public record OutboxMail(long id, Long userId, String recipient, String kind, String subject, String textBody,
		String htmlBody, String unsubscribeUrl, OutboxStatus status, int attempts, Instant nextAttemptAt,
		String lastError, Instant createdAt, Instant sentAt) {

	static OutboxMail of(ResultSet rs, int row) throws SQLException {
		return new OutboxMail(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), OutboxStatus.valueOf(rs.getString(9)), rs.getInt(10),
				instant(rs.getTimestamp(11)), rs.getString(12), instant(rs.getTimestamp(13)),
				instant(rs.getTimestamp(14)));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
