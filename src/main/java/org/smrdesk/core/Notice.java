package org.smrdesk.core;

import java.util.Collection;
import java.util.List;

/**
 * Something to tell some people: one in-app notification each, and an e-mail as each of
 * them chose. Features hand notices to the notification service through their domain
 * events or a {@link ReminderSource}.
 *
 * @param kind what it is about
 * @param recipients the users' ids
 * @param args the arguments of the kind's subject and body messages
 * @param link the path of the record, or null
 * @param urgent true to send at once even to those who chose a daily digest (a crisis)
 * @param dedupKey a key that makes the notice once only per person (reminders), or null
 * @param actorId who caused it (not told of their own act), or null
 * @param attachment a file sent with the e-mail (not with a digest, which links to it),
 * or null
 */
public record Notice(NotificationKind kind, Collection<Long> recipients, List<Object> args, String link, boolean urgent,
		String dedupKey, Long actorId, MailAttachment attachment) {

	public Notice(NotificationKind kind, Collection<Long> recipients, List<Object> args, String link, boolean urgent,
			String dedupKey, Long actorId) {
		this(kind, recipients, args, link, urgent, dedupKey, actorId, null);
	}

	/**
	 * The same notice with a file for its e-mail.
	 * @param file the file
	 * @return the notice
	 */
	public Notice with(MailAttachment file) {
		return new Notice(this.kind, this.recipients, this.args, this.link, this.urgent, this.dedupKey, this.actorId,
				file);
	}

	/**
	 * A notice for a reminder, once per person and key.
	 * @param kind the kind
	 * @param recipients the users' ids
	 * @param link the path of the record
	 * @param dedupKey the key
	 * @param args the message arguments
	 * @return the notice
	 */
	public static Notice reminder(NotificationKind kind, Collection<Long> recipients, String link, String dedupKey,
			Object... args) {
		return new Notice(kind, recipients, List.of(args), link, false, dedupKey, null);
	}

}
