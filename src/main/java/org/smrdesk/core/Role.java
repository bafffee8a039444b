package org.smrdesk.core;

/**
 * What a user may do. See PRODUCT.md, "Who uses it".
 */
public enum Role {

	/** The SMR lead or team; also administers the app. */
	LEAD,

	/** Department heads and executives: read everything, review crisis timelines. */
	MANAGER,

	/** People in departments who do social media. */
	STAFF;

	public String authority() {
		return "ROLE_" + name();
	}

}
