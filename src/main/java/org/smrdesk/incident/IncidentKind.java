package org.smrdesk.incident;

/**
 * What sort of issue an incident is; the responsibility matrix says who is engaged for
 * each kind.
 */
public enum IncidentKind {

	COMPLAINT, CRITICISM, MISINFORMATION, EMPLOYEE_POST, PRODUCT_PROBLEM, DATA_SECURITY, CAMPAIGN_BACKLASH, OTHER

}
