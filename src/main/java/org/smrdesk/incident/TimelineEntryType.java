package org.smrdesk.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of timeline entry. Status and severity changes are written by the code that
 * makes them, never typed by hand; so is a linked mention (written by monitoring when a
 * mention is escalated into the incident).
 */
public enum TimelineEntryType {

	STATUS_CHANGE, SEVERITY_CHANGE, DECISION, RESPONSE_PUBLISHED, EXTERNAL_DEVELOPMENT, ENGAGEMENT, NOTE, CORRECTION,
	LINKED_MENTION;

	/**
	 * Whether an entry of this type counts as a response (the first response's
	 * milestone).
	 * @param publicReply whether an engagement was a public reply
	 * @return true for a published response or a public reply
	 */
	public boolean speaksOutside(boolean publicReply) {
		return this == RESPONSE_PUBLISHED || (this == ENGAGEMENT && publicReply);
	}

	public boolean isAutomatic() {
		return this == STATUS_CHANGE || this == SEVERITY_CHANGE || this == LINKED_MENTION;
	}

	/**
	 * The types a person may add by hand.
	 * @return every type but the automatic ones
	 */
	public static Set<TimelineEntryType> manual() {
		return EnumSet.complementOf(EnumSet.of(STATUS_CHANGE, SEVERITY_CHANGE, LINKED_MENTION));
	}

}
