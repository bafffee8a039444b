package org.smrdesk.incident;

/**
 * An incident review was written and waits for a manager's sign-off.
 *
 * @param incidentId the incident
 * @param title its title
 * @param actorId who wrote the review
 */
public record ReviewWaiting(Long incidentId, String title, Long actorId) {

	static ReviewWaiting of(IncidentReview review, Long actorId) {
		return new ReviewWaiting(review.getIncident().getId(), review.getIncident().getTitle(), actorId);
	}

}
