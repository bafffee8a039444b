package org.smrdesk.incident;

/**
 * A group outside the company that takes part in an incident.
 */
public enum OutsideParty {

	AGENCY, VENDOR, PRESS, COMMUNITY

}
