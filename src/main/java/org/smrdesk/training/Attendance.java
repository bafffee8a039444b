package org.smrdesk.training;

/**
 * Whether an enrolled person came.
 */
public enum Attendance {

	REGISTERED, ATTENDED, NO_SHOW

}
