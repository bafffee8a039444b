package org.smrdesk.event;

/**
 * An incident got a new owner (published in the triage transaction).
 *
 * @param incidentId the incident
 * @param title its title
 * @param ownerId the new owner
 * @param actorId who assigned it
 */
public record IncidentAssigned(Long incidentId, String title, Long ownerId, Long actorId) {
}
