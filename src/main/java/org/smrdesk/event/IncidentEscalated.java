package org.smrdesk.event;

/**
 * An incident's severity was raised to crisis (published in the transaction that raised
 * it).
 *
 * @param incidentId the incident
 * @param title its title
 * @param ownerId its owner, or null
 * @param actorId who raised it
 */
public record IncidentEscalated(Long incidentId, String title, Long ownerId, Long actorId) {
}
