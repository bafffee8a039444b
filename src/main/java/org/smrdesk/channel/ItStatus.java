package org.smrdesk.channel;

/**
 * What IT says about using a service from the company.
 */
public enum ItStatus {

	UNDER_REVIEW, APPROVED, RESTRICTED, BLOCKED

}
