package org.smrdesk.supplier;

/**
 * Where the relationship with a vendor stands.
 */
public enum VendorStatus {

	EVALUATING, ACTIVE, ENDING, ENDED

}
