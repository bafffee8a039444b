package org.smrdesk.incident;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.smrdesk.core.FieldException;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.Times;
import org.smrdesk.user.User;

import org.springframework.stereotype.Component;

/**
 * The incident state machine: every status or severity change is checked here and writes
 * its timeline entry in the caller's transaction, so the timeline never misses a change
 * and never shows one that did not happen. A change may be dated when it really happened
 * (an incident logged after the fact): never in the future, never before detection, and
 * never before the previous status change.
 */
@Component
class IncidentWorkflow {

	/** The form field of "when it happened", for field errors. */
	static final String OCCURRED_AT = "occurredAt";

	private final TimelineEntryRepository entries;

	private final Times times;

	private final org.springframework.context.ApplicationEventPublisher events;

	IncidentWorkflow(TimelineEntryRepository entries, Times times,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.entries = entries;
		this.times = times;
	}

	/**
	 * Moves an incident to another status a lead chose.
	 * @param incident the incident
	 * @param target the new status
	 * @param actor who moves it
	 * @param note why, or null
	 * @param occurredAt when it happened, or null for now
	 * @throws RuleException when the move is not allowed from the current status
	 * @throws FieldException when the time is in the future or too early
	 */
	void moveTo(Incident incident, IncidentStatus target, User actor, String note, Instant occurredAt) {
		if (target == null || !incident.getStatus().canMoveTo(target)) {
			throw new RuleException("incident.status.refused");
		}
		record(incident, target, actor, note, when(incident, occurredAt));
	}

	/**
	 * Moves a resolved incident to "reviewed" when a manager signs off its review.
	 * @param incident the incident
	 * @param manager who signs off
	 */
	void markReviewed(Incident incident, User manager) {
		if (incident.getStatus() != IncidentStatus.RESOLVED) {
			throw new RuleException("incident.review.notResolved");
		}
		record(incident, IncidentStatus.REVIEWED, manager, null, this.times.instant());
	}

	/**
	 * Changes the severity, with a timeline entry; no entry when it stays the same.
	 * @param incident the incident
	 * @param severity the new severity
	 * @param actor who changes it
	 * @param occurredAt when it happened, or null for now
	 */
	void changeSeverity(Incident incident, Severity severity, User actor, Instant occurredAt) {
		if (severity == null || severity == incident.getSeverity()) {
			return;
		}
		Instant at = checked(incident, occurredAt);
		org.smrdesk.event.IncidentEscalated escalated = IncidentEvents.escalated(incident, severity,
				(actor != null) ? actor.getId() : null);
		if (escalated != null) {
			this.events.publishEvent(escalated);
		}
		this.events.publishEvent(new org.smrdesk.event.IncidentSeverityChanged(incident.getId(), incident.getTitle(),
				incident.getSeverity().name(), severity.name()));
		this.entries.save(TimelineEntry.severityChange(incident, incident.getSeverity(), severity, at,
				this.times.instant(), actor));
		incident.changeSeverity(severity);
	}

	/**
	 * Checks a "when it happened" before anything is changed, so that a refused time
	 * leaves the incident as it was.
	 * @param incident the incident
	 * @param occurredAt the time typed, or null for now
	 * @return the moment to record
	 */
	Instant when(Incident incident, Instant occurredAt) {
		Instant at = checked(incident, occurredAt);
		Instant previous = this.entries.lastStatusChangeAt(incident.getId());
		if (previous != null && at.isBefore(previous.truncatedTo(ChronoUnit.MINUTES))) {
			throw new FieldException(OCCURRED_AT, "incident.occurredAt.beforePreviousStatus");
		}
		if (previous != null && at.isBefore(previous)) {
			// Typed to the minute of the previous change: keep the order of the story.
			at = previous;
		}
		return at;
	}

	private Instant checked(Incident incident, Instant occurredAt) {
		Instant now = this.times.instant();
		if (occurredAt == null || occurredAt.equals(now.truncatedTo(ChronoUnit.MINUTES))) {
			// "Now", as a form offers it to the minute: keep the exact moment.
			return now;
		}
		if (occurredAt.isAfter(now)) {
			throw new FieldException(OCCURRED_AT, "time.future");
		}
		if (occurredAt.isBefore(incident.getDetectedAt())) {
			throw new FieldException(OCCURRED_AT, "incident.occurredAt.beforeDetection");
		}
		return occurredAt;
	}

	private void record(Incident incident, IncidentStatus target, User actor, String note, Instant occurredAt) {
		this.events.publishEvent(new org.smrdesk.event.IncidentStatusChanged(incident.getId(), incident.getTitle(),
				incident.getStatus().name(), target.name()));
		this.entries.save(TimelineEntry.statusChange(incident, incident.getStatus(), target, occurredAt,
				this.times.instant(), actor, (note != null) ? note.strip() : null));
		incident.moveTo(target);
	}

}
