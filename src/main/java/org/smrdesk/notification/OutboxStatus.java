package org.smrdesk.notification;

/**
 * Where an outbox e-mail stands.
 */
public enum OutboxStatus {

	/** Waiting to be sent (first attempt or a retry). */
	QUEUED,

	/**
	 * Being handed to the SMTP server (a mail left so by a stopped sender is failed, not
	 * sent again).
	 */
	SENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up, with the reason. */
	FAILED

}
