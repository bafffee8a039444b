package org.smrdesk.contact;

/**
 * Who a contact is to the company.
 */
public enum ContactKind {

	BLOGGER, JOURNALIST, INFLUENCER, ANALYST, COMMUNITY_MANAGER, VENDOR_CONTACT, INTERNAL

}
