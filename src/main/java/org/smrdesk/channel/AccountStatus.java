package org.smrdesk.channel;

/**
 * Whether an account is in use.
 */
public enum AccountStatus {

	ACTIVE, DORMANT, RETIRED

}
