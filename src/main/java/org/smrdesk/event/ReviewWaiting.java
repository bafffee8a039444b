package org.smrdesk.event;

/**
 * An incident review was written and waits for a manager's sign-off.
 *
 * @param incidentId the incident
 * @param title its title
 * @param actorId who wrote the review
 */
public record ReviewWaiting(Long incidentId, String title, Long actorId) {
}
