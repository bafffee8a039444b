package org.smrdesk.incident;

import org.smrdesk.event.IncidentAssigned;
import org.smrdesk.event.IncidentEscalated;
import org.smrdesk.event.IncidentReported;
import org.smrdesk.event.ReviewWaiting;

/**
 * The incident feature's domain events, built from its entities.
 */
final class IncidentEvents {

	private IncidentEvents() {
	}

	static IncidentReported reported(Incident incident) {
		return new IncidentReported(incident.getId(), incident.getTitle(), incident.getSeverity() == Severity.CRISIS,
				incident.getReportedBy().getId());
	}

	/**
	 * The event for an owner about to be set, or null when the owner stays or is removed.
	 * @param incident the incident, before the change
	 * @param ownerId the owner chosen, or null
	 * @param actorId who assigns
	 * @return the event, or null
	 */
	static IncidentAssigned assigned(Incident incident, Long ownerId, Long actorId) {
		Long before = (incident.getOwner() != null) ? incident.getOwner().getId() : null;
		return (ownerId == null || ownerId.equals(before)) ? null
				: new IncidentAssigned(incident.getId(), incident.getTitle(), ownerId, actorId);
	}

	/**
	 * The event for a severity about to be set, or null when it is no escalation to
	 * crisis.
	 * @param incident the incident, before the change
	 * @param severity the new severity
	 * @param actorId who changes it
	 * @return the event, or null
	 */
	static IncidentEscalated escalated(Incident incident, Severity severity, Long actorId) {
		return (severity != Severity.CRISIS || incident.getSeverity() == Severity.CRISIS) ? null
				: new IncidentEscalated(incident.getId(), incident.getTitle(),
						(incident.getOwner() != null) ? incident.getOwner().getId() : null, actorId);
	}

	static ReviewWaiting reviewWaiting(IncidentReview review, Long actorId) {
		return new ReviewWaiting(review.getIncident().getId(), review.getIncident().getTitle(), actorId);
	}

}
