package org.smrdesk.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands: reported → triage → responding → monitoring → resolved →
 * reviewed. A flare-up may send a monitored or resolved incident back to responding.
 */
public enum IncidentStatus {

	REPORTED, TRIAGE, RESPONDING, MONITORING, RESOLVED, REVIEWED;

	/**
	 * The statuses a lead may move an incident to from this one. {@link #REVIEWED} is
	 * reached only by a manager's sign-off of the review.
	 * @return the next statuses
	 */
	public Set<IncidentStatus> next() {
		return switch (this) {
			case REPORTED -> EnumSet.of(TRIAGE);
			case TRIAGE -> EnumSet.of(RESPONDING, MONITORING, RESOLVED);
			case RESPONDING -> EnumSet.of(MONITORING, RESOLVED);
			case MONITORING -> EnumSet.of(RESPONDING, RESOLVED);
			case RESOLVED -> EnumSet.of(RESPONDING);
			case REVIEWED -> EnumSet.noneOf(IncidentStatus.class);
		};
	}

	public boolean canMoveTo(IncidentStatus target) {
		return next().contains(target);
	}

	/**
	 * Whether the incident still needs work (neither resolved nor reviewed).
	 * @return true while open
	 */
	public boolean isOpen() {
		return this != RESOLVED && this != REVIEWED;
	}

	/**
	 * The statuses that count as open, for queries.
	 * @return the open statuses
	 */
	public static Set<IncidentStatus> open() {
		return EnumSet.of(REPORTED, TRIAGE, RESPONDING, MONITORING);
	}

}
