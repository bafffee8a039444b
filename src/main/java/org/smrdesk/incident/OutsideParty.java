package org.smrdesk.incident;

/**
 * The kind of a group outside the company that takes part in an incident: activists and
 * NGOs, partner companies, authorities (the police, a regulator), courts, the press,
 * customers, a community, agencies and vendors.
 */
public enum OutsideParty {

	NGO, PARTNER, AUTHORITY, COURT, PRESS, CUSTOMER, COMMUNITY, AGENCY, VENDOR

}
