package org.smrdesk.notification;

/**
 * Where an outbox e-mail stands.
 */
public enum OutboxStatus {

	/** Waiting to be sent (first attempt or a retry). */
	QUEUED,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up, with the reason. */
	FAILED

}
