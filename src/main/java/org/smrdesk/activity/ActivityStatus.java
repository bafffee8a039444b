package org.smrdesk.activity;

/**
 * Where an activity stands.
 */
public enum ActivityStatus {

	PLANNED, LIVE, DONE, CANCELLED

}
