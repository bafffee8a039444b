package org.smrdesk.incident;

/**
 * An incident was reported (published in the reporting transaction).
 *
 * @param incidentId the incident
 * @param title its title
 * @param crisis true when reported at crisis severity
 * @param reporterId who reported it
 */
public record IncidentReported(Long incidentId, String title, boolean crisis, Long reporterId) {

	static IncidentReported of(Incident incident) {
		return new IncidentReported(incident.getId(), incident.getTitle(), incident.getSeverity() == Severity.CRISIS,
				incident.getReportedBy().getId());
	}

}
