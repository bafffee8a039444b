package org.smrdesk.event;

/**
 * An incident moved to another status (published in the transaction that moved it).
 *
 * @param incidentId the incident
 * @param title its title
 * @param from the status before
 * @param to the status after
 */
public record IncidentStatusChanged(Long incidentId, String title, String from, String to) {
}
