package org.smrdesk.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of timeline entry. Status and severity changes are written by the code that
 * makes them, never typed by hand.
 */
public enum TimelineEntryType {

	STATUS_CHANGE, SEVERITY_CHANGE, DECISION, RESPONSE_PUBLISHED, EXTERNAL_DEVELOPMENT, ENGAGEMENT, NOTE, CORRECTION;

	public boolean isAutomatic() {
		return this == STATUS_CHANGE || this == SEVERITY_CHANGE;
	}

	/**
	 * The types a person may add by hand.
	 * @return every type but the automatic ones
	 */
	public static Set<TimelineEntryType> manual() {
		return EnumSet.complementOf(EnumSet.of(STATUS_CHANGE, SEVERITY_CHANGE));
	}

}
