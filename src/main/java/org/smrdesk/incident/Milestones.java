package org.smrdesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How fast an incident was handled, computed from its timeline: from detection to triage
 * (the first move out of "reported"), to the first response (the first entry in which the
 * company speaks to the outside: a published response, or an engagement in public or
 * directly with the people concerned), and to resolution (the last move to "resolved",
 * while the incident stays resolved or reviewed). Each milestone knows the entry that set
 * it. Times are when things happened, not when they were typed.
 *
 * @param detectedAt when the issue was detected
 * @param triagedAt when triage began, or null
 * @param firstResponseAt when the company first spoke to the outside, or null
 * @param resolvedAt when it was resolved, or null
 * @param triageEntryId the entry that set {@code triagedAt}, or null
 * @param firstResponseEntryId the entry that set {@code firstResponseAt}, or null
 * @param resolutionEntryId the entry that set {@code resolvedAt}, or null
 */
public record Milestones(Instant detectedAt, Instant triagedAt, Instant firstResponseAt, Instant resolvedAt,
		Long triageEntryId, Long firstResponseEntryId, Long resolutionEntryId) {

	/**
	 * The milestones of one incident.
	 * @param detectedAt when the issue was detected
	 * @param status its current status
	 * @param moments the timeline's status changes and responses, in any order
	 * @return the milestones
	 */
	public static Milestones of(Instant detectedAt, IncidentStatus status, List<Moment> moments) {
		Moment triaged = null;
		Moment firstResponse = null;
		Moment resolved = null;
		for (Moment moment : moments) {
			if (moment.type() == TimelineEntryType.STATUS_CHANGE && moment.from() == IncidentStatus.REPORTED) {
				triaged = earliest(triaged, moment);
			}
			else if (moment.speaksOutside()) {
				firstResponse = earliest(firstResponse, moment);
			}
			else if (moment.type() == TimelineEntryType.STATUS_CHANGE && moment.to() == IncidentStatus.RESOLVED) {
				resolved = (resolved == null || later(moment, resolved)) ? moment : resolved;
			}
		}
		boolean settled = status == IncidentStatus.RESOLVED || status == IncidentStatus.REVIEWED;
		if (!settled) {
			resolved = null;
		}
		return new Milestones(detectedAt, at(triaged), at(firstResponse), at(resolved), id(triaged), id(firstResponse),
				id(resolved));
	}

	private static Moment earliest(Moment current, Moment candidate) {
		return (current == null || later(current, candidate)) ? candidate : current;
	}

	/** Whether {@code a} comes after {@code b}: by time, then by entry id. */
	private static boolean later(Moment a, Moment b) {
		int byTime = a.at().compareTo(b.at());
		if (byTime != 0) {
			return byTime > 0;
		}
		return a.entryId() != null && b.entryId() != null && a.entryId() > b.entryId();
	}

	private static Instant at(Moment moment) {
		return (moment != null) ? moment.at() : null;
	}

	private static Long id(Moment moment) {
		return (moment != null) ? moment.entryId() : null;
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
	 * @param entryId the entry, or null when read in aggregate (lists)
	 * @param speaksOutside whether the company spoke to the outside in it
	 */
	public record Moment(TimelineEntryType type, IncidentStatus from, IncidentStatus to, Instant at, Long entryId,
			boolean speaksOutside) {

		public Moment(TimelineEntryType type, IncidentStatus from, IncidentStatus to, Instant at) {
			this(type, from, to, at, null, type == TimelineEntryType.RESPONSE_PUBLISHED);
		}

		static Moment of(TimelineEntry entry) {
			return new Moment(entry.getType(), entry.getChange().getFromStatus(), entry.getChange().getToStatus(),
					entry.getOccurredAt(), entry.getId(), entry.isSpeaksOutside());
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
