package org.smrdesk.incident;

/**
 * Where a follow-up stands: open until its owner (or the lead) marks it done or drops it.
 */
public enum FollowUpState {

	OPEN, DONE, DROPPED

}
