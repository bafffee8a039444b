package org.smrdesk.incident;

import java.time.Instant;
import java.util.List;

import org.smrdesk.core.IncidentKind;

/**
 * Incidents as the JSON API shows them.
 */
final class IncidentJson {

	private IncidentJson() {
	}

	/**
	 * How fast the incident was handled, as ISO-8601 durations from detection, each with
	 * the timeline entry that set it; null where not reached yet.
	 */
	public record MilestonesResponse(String toTriage, String toFirstResponse, String toResolution, Long triageEntryId,
			Long firstResponseEntryId, Long resolutionEntryId) {

		static MilestonesResponse of(Milestones m) {
			return new MilestonesResponse(duration(m.toTriage()), duration(m.toFirstResponse()),
					duration(m.toResolution()), m.triageEntryId(), m.firstResponseEntryId(), m.resolutionEntryId());
		}

		private static String duration(Milestones.Elapsed elapsed) {
			return (elapsed != null) ? elapsed.duration().toString() : null;
		}

	}

	/**
	 * An incident in a list.
	 */
	public record IncidentSummary(Long id, String title, int severity, boolean crisis, IncidentStatus status,
			IncidentKind kind, String serviceName, Instant detectedAt, String reportedBy, String owner,
			Long minutesToTriage, Long minutesToFirstResponse, Long minutesToResolution) {

		static IncidentSummary of(Incident i, Milestones m) {
			return new IncidentSummary(i.getId(), i.getTitle(), i.getSeverity().getLevel(), i.isCrisis(), i.getStatus(),
					i.getKind(), i.getWhere(), i.getDetectedAt(), i.getReportedBy().getDisplayName(),
					(i.getOwner() != null) ? i.getOwner().getDisplayName() : null, minutes(m.toTriage()),
					minutes(m.toFirstResponse()), minutes(m.toResolution()));
		}

		private static Long minutes(Milestones.Elapsed elapsed) {
			return (elapsed != null) ? elapsed.duration().toMinutes() : null;
		}

	}

	/**
	 * An incident with its timeline.
	 */
	public record IncidentDetail(IncidentSummary incident, Long version, String summary, String link,
			MilestonesResponse milestones, List<EntryResponse> timeline) {
	}

	/**
	 * A timeline entry.
	 */
	public record EntryResponse(Long id, TimelineEntryType type, Instant occurredAt, Instant recordedAt, String actor,
			String department, OutsideParty party, boolean external, boolean publicReply, String channel, String link,
			String body, IncidentStatus fromStatus, IncidentStatus toStatus, Integer fromSeverity, Integer toSeverity,
			Long correctsEntryId) {

		static EntryResponse of(TimelineEntry e) {
			return new EntryResponse(e.getId(), e.getType(), e.getOccurredAt(), e.getRecordedAt(), e.getActorName(),
					(e.getDepartment() != null) ? e.getDepartment().getName() : null, e.getParty(), e.isExternal(),
					e.isPublicReply(), e.getChannel(), e.getLink(), e.getBody(), e.getChange().getFromStatus(),
					e.getChange().getToStatus(),
					(e.getChange().getFromSeverity() != null) ? e.getChange().getFromSeverity().getLevel() : null,
					(e.getChange().getToSeverity() != null) ? e.getChange().getToSeverity().getLevel() : null,
					(e.getCorrects() != null) ? e.getCorrects().getId() : null);
		}

	}

}
