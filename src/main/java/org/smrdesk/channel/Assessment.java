package org.smrdesk.channel;

import java.util.Set;

/**
 * How far the company got in deciding about a service: spotted, then evaluating, then
 * adopted or not adopted (and back to evaluating to reconsider).
 */
public enum Assessment {

	SPOTTED, EVALUATING, ADOPTED, NOT_ADOPTED;

	/**
	 * Whether a service in this state may move to another.
	 * @param next the wanted state
	 * @return true when allowed (staying put is always allowed)
	 */
	public boolean canMoveTo(Assessment next) {
		if (next == this) {
			return true;
		}
		return switch (this) {
			case SPOTTED -> next == EVALUATING;
			case EVALUATING -> Set.of(ADOPTED, NOT_ADOPTED).contains(next);
			case ADOPTED, NOT_ADOPTED -> next == EVALUATING;
		};
	}

}
