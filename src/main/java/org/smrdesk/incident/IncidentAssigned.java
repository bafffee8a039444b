package org.smrdesk.incident;

/**
 * An incident got a new owner (published in the triage transaction).
 *
 * @param incidentId the incident
 * @param title its title
 * @param ownerId the new owner
 * @param actorId who assigned it
 */
public record IncidentAssigned(Long incidentId, String title, Long ownerId, Long actorId) {

	/**
	 * The event for an owner about to be set, or null when the owner stays or is removed.
	 * @param incident the incident, before the change
	 * @param ownerId the owner chosen, or null
	 * @param actorId who assigns
	 * @return the event, or null
	 */
	static IncidentAssigned of(Incident incident, Long ownerId, Long actorId) {
		Long before = (incident.getOwner() != null) ? incident.getOwner().getId() : null;
		return (ownerId == null || ownerId.equals(before)) ? null
				: new IncidentAssigned(incident.getId(), incident.getTitle(), ownerId, actorId);
	}

}
