package org.smrdesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How fast an incident was handled, computed from its timeline: from detection to triage
 * (the first move out of "reported"), to the first published response, and to resolution
 * (the last move to "resolved", while the incident stays resolved or reviewed).
 *
 * @param detectedAt when the issue was detected
 * @param triagedAt when triage began, or null
 * @param firstResponseAt when the first response was published, or null
 * @param resolvedAt when it was resolved, or null
 */
public record Milestones(Instant detectedAt, Instant triagedAt, Instant firstResponseAt, Instant resolvedAt) {

	/**
	 * The milestones of one incident.
	 * @param detectedAt when the issue was detected
	 * @param status its current status
	 * @param moments the timeline's status changes and responses, in any order
	 * @return the milestones
	 */
	public static Milestones of(Instant detectedAt, IncidentStatus status, List<Moment> moments) {
		Instant triaged = null;
		Instant firstResponse = null;
		Instant resolved = null;
		for (Moment moment : moments) {
			if (moment.type() == TimelineEntryType.STATUS_CHANGE && moment.from() == IncidentStatus.REPORTED) {
				triaged = earliest(triaged, moment.at());
			}
			else if (moment.type() == TimelineEntryType.RESPONSE_PUBLISHED) {
				firstResponse = earliest(firstResponse, moment.at());
			}
			else if (moment.type() == TimelineEntryType.STATUS_CHANGE && moment.to() == IncidentStatus.RESOLVED) {
				resolved = (resolved == null || moment.at().isAfter(resolved)) ? moment.at() : resolved;
			}
		}
		boolean settled = status == IncidentStatus.RESOLVED || status == IncidentStatus.REVIEWED;
		return new Milestones(detectedAt, triaged, firstResponse, settled ? resolved : null);
	}

	private static Instant earliest(Instant current, Instant candidate) {
		return (current == null || candidate.isBefore(current)) ? candidate : current;
	}

	public Elapsed toTriage() {
		return Elapsed.between(this.detectedAt, this.triagedAt);
	}

	public Elapsed toFirstResponse() {
		return Elapsed.between(this.detectedAt, this.firstResponseAt);
	}

	public Elapsed toResolution() {
		return Elapsed.between(this.detectedAt, this.resolvedAt);
	}

	/**
	 * A timeline moment that matters for milestones.
	 *
	 * @param type the entry type
	 * @param from the status before (status changes)
	 * @param to the status after (status changes)
	 * @param at when it occurred
	 */
	public record Moment(TimelineEntryType type, IncidentStatus from, IncidentStatus to, Instant at) {

		static Moment of(TimelineEntry entry) {
			return new Moment(entry.getType(), entry.getFromStatus(), entry.getToStatus(), entry.getOccurredAt());
		}

	}

	/**
	 * A span of time, split for a human-readable label ("2 d 4 h", "3 h 20 min", "45
	 * min").
	 *
	 * @param duration the span (never negative)
	 */
	public record Elapsed(Duration duration) {

		static Elapsed between(Instant from, Instant to) {
			if (from == null || to == null) {
				return null;
			}
			Duration duration = Duration.between(from, to);
			return new Elapsed(duration.isNegative() ? Duration.ZERO : duration);
		}

		public static Elapsed of(Duration duration) {
			return new Elapsed(duration.isNegative() ? Duration.ZERO : duration);
		}

		public long days() {
			return this.duration.toDays();
		}

		public int hours() {
			return this.duration.toHoursPart();
		}

		public int minutes() {
			return this.duration.toMinutesPart();
		}

		/**
		 * The message key of the label: days, hours or minutes.
		 * @return the key
		 */
		public String key() {
			if (days() > 0) {
				return "incident.elapsed.days";
			}
			return (hours() > 0) ? "incident.elapsed.hours" : "incident.elapsed.minutes";
		}

		/**
		 * The label's arguments, matching {@link #key()}.
		 * @return the numbers
		 */
		public Object[] args() {
			if (days() > 0) {
				return new Object[] { days(), hours() };
			}
			return (hours() > 0) ? new Object[] { hours(), minutes() } : new Object[] { minutes() };
		}

	}

}
