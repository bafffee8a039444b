package org.smrdesk.training;

/**
 * Where a person stands for a session: holding a place, waiting for one, or out.
 */
public enum EnrolmentStatus {

	ENROLLED, WAITLISTED, CANCELLED

}
