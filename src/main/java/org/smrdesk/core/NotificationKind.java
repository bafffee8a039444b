package org.smrdesk.core;

/**
 * What a notification is about; each person chooses per kind how to hear of it.
 */
public enum NotificationKind {

	/** A new incident was reported (to the leads). */
	INCIDENT_REPORTED,

	/** An incident was assigned to you. */
	INCIDENT_ASSIGNED,

	/** An incident was escalated to crisis severity. */
	INCIDENT_ESCALATED,

	/** Monitoring saw a spike of mentions. */
	SPIKE_ALERT,

	/** A published policy version asks for your acknowledgement. */
	ACKNOWLEDGEMENT_REQUESTED,

	/** A policy you own is due for review. */
	POLICY_REVIEW_DUE,

	/** A training session you are enrolled in starts tomorrow. */
	TRAINING_TOMORROW,

	/** A vendor's notice deadline is 14 days away. */
	VENDOR_NOTICE_DUE,

	/** A follow-up of yours is due today or overdue. */
	FOLLOW_UP_DUE,

	/** An incident review waits for a manager's sign-off. */
	REVIEW_WAITING,

	/** The SMR report of the month (and quarter) just ended is ready (to managers). */
	REPORT_READY;

	/**
	 * The kind named, ignoring case.
	 * @param name the name
	 * @return the kind, or null when there is none of that name
	 */
	public static NotificationKind parse(String name) {
		for (NotificationKind kind : values()) {
			if (kind.name().equalsIgnoreCase(name)) {
				return kind;
			}
		}
		return null;
	}

}
