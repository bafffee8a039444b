package org.smrdesk.event;

/**
 * An incident was reported (published in the reporting transaction).
 *
 * @param incidentId the incident
 * @param title its title
 * @param crisis true when reported at crisis severity
 * @param reporterId who reported it
 */
public record IncidentReported(Long incidentId, String title, boolean crisis, Long reporterId) {
}
