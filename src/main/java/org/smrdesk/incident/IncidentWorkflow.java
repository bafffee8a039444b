package org.smrdesk.incident;

import java.time.Clock;

import org.smrdesk.core.RuleException;
import org.smrdesk.user.User;

import org.springframework.stereotype.Component;

/**
 * The incident state machine: every status or severity change is checked here and writes
 * its timeline entry in the caller's transaction, so the timeline never misses a change
 * and never shows one that did not happen.
 */
@Component
class IncidentWorkflow {

	private final TimelineEntryRepository entries;

	private final Clock clock;

	IncidentWorkflow(TimelineEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Moves an incident to another status a lead chose.
	 * @param incident the incident
	 * @param target the new status
	 * @param actor who moves it
	 * @param note why, or null
	 * @throws RuleException when the move is not allowed from the current status
	 */
	void moveTo(Incident incident, IncidentStatus target, User actor, String note) {
		if (target == null || !incident.getStatus().canMoveTo(target)) {
			throw new RuleException("incident.status.refused");
		}
		record(incident, target, actor, note);
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
		record(incident, IncidentStatus.REVIEWED, manager, null);
	}

	/**
	 * Changes the severity, with a timeline entry; no entry when it stays the same.
	 * @param incident the incident
	 * @param severity the new severity
	 * @param actor who changes it
	 */
	void changeSeverity(Incident incident, Severity severity, User actor) {
		if (severity == null || severity == incident.getSeverity()) {
			return;
		}
		this.entries.save(
				TimelineEntry.severityChange(incident, incident.getSeverity(), severity, this.clock.instant(), actor));
		incident.changeSeverity(severity);
	}

	private void record(Incident incident, IncidentStatus target, User actor, String note) {
		this.entries.save(TimelineEntry.statusChange(incident, incident.getStatus(), target, this.clock.instant(),
				actor, (note != null) ? note.strip() : null));
		incident.moveTo(target);
	}

}
