package org.smrdesk.monitoring;

/**
 * What a keyword query watches for.
 */
public enum QueryKind {

	BRAND, PRODUCT, COMPETITOR, CRISIS, PERSON

}
