package org.smrdesk.incident;

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

	/**
	 * The event for a severity about to be set, or null when it is no escalation to
	 * crisis.
	 * @param incident the incident, before the change
	 * @param severity the new severity
	 * @param actorId who changes it
	 * @return the event, or null
	 */
	static IncidentEscalated of(Incident incident, Severity severity, Long actorId) {
		return (severity != Severity.CRISIS || incident.getSeverity() == Severity.CRISIS) ? null
				: new IncidentEscalated(incident.getId(), incident.getTitle(),
						(incident.getOwner() != null) ? incident.getOwner().getId() : null, actorId);
	}

}
