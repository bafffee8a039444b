package org.smrdesk.supplier;

/**
 * What a vendor provides.
 */
public enum VendorKind {

	MONITORING, AGENCY, ANALYTICS, PLATFORM, TRAINING, OTHER

}
