package org.smrdesk.core;

/**
 * What sort of issue an incident is; the responsibility matrix says who is engaged for
 * each kind. Shared by the incident and responsibility features (stored by name in
 * {@code incidents.kind} and {@code responsibilities.incident_kind}), so it lives here
 * once.
 */
public enum IncidentKind {

	COMPLAINT, CRITICISM, MISINFORMATION, EMPLOYEE_POST, PRODUCT_PROBLEM, DATA_SECURITY, CAMPAIGN_BACKLASH, OTHER

}
