package org.smrdesk.event;

/**
 * An incident's severity changed (published in the transaction that changed it).
 *
 * @param incidentId the incident
 * @param title its title
 * @param from the severity before
 * @param to the severity after
 */
public record IncidentSeverityChanged(Long incidentId, String title, String from, String to) {
}
