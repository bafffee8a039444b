package org.smrdesk.contact;

/**
 * Where the relationship with a contact stands.
 */
public enum RelationshipState {

	PROSPECT, ENGAGED, ADVOCATE, NEUTRAL, CRITIC, DO_NOT_CONTACT

}
