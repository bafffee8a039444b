package org.smrdesk.notification;

import java.util.ArrayList;
import java.util.List;

import org.smrdesk.core.Notice;
import org.smrdesk.core.NotificationKind;
import org.smrdesk.incident.IncidentAssigned;
import org.smrdesk.incident.IncidentEscalated;
import org.smrdesk.incident.IncidentReported;
import org.smrdesk.incident.ReviewWaiting;
import org.smrdesk.monitoring.SpikeAlerted;
import org.smrdesk.policy.AcknowledgementRequested;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the features' domain events into notices, just before their transaction commits:
 * the notifications and outbox rows commit with the change, or not at all.
 */
@Component
class NotificationEvents {

	private final Notifier notifier;

	private final JdbcTemplate jdbc;

	NotificationEvents(Notifier notifier, JdbcTemplate jdbc) {
		this.notifier = notifier;
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(IncidentReported event) {
		this.notifier.notify(new Notice(NotificationKind.INCIDENT_REPORTED, this.notifier.leads(),
				List.of(event.title()), incident(event.incidentId()), event.crisis(), null, event.reporterId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(IncidentAssigned event) {
		this.notifier.notify(new Notice(NotificationKind.INCIDENT_ASSIGNED, List.of(event.ownerId()),
				List.of(event.title()), incident(event.incidentId()), false, null, event.actorId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(IncidentEscalated event) {
		List<Long> recipients = new ArrayList<>(this.notifier.leads());
		if (event.ownerId() != null) {
			recipients.add(event.ownerId());
		}
		// the owner may be set later in the same transaction (triage sets severity first)
		recipients.addAll(this.jdbc.queryForList("select owner_id from incidents where id = ? and owner_id is not null",
				Long.class, event.incidentId()));
		this.notifier.notify(new Notice(NotificationKind.INCIDENT_ESCALATED, recipients, List.of(event.title()),
				incident(event.incidentId()), true, null, event.actorId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ReviewWaiting event) {
		this.notifier.notify(new Notice(NotificationKind.REVIEW_WAITING, this.notifier.managers(),
				List.of(event.title()), incident(event.incidentId()) + "/review", false,
				"review-waiting:" + event.incidentId(), event.actorId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(AcknowledgementRequested event) {
		List<Long> readers = this.jdbc.queryForList("""
				select u.id from users u join policies p on p.id = ?
				where u.active and (p.all_departments or u.department_id in
				      (select pd.department_id from policy_departments pd where pd.policy_id = p.id))""", Long.class,
				event.policyId());
		this.notifier.notify(new Notice(NotificationKind.ACKNOWLEDGEMENT_REQUESTED, readers, List.of(event.title()),
				"/policies/" + event.policyId(), false, "acknowledge:" + event.versionId(), event.actorId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(SpikeAlerted event) {
		String query = this.jdbc.queryForObject("select name from monitoring_queries where id = ?", String.class,
				event.queryId());
		this.notifier.notify(new Notice(NotificationKind.SPIKE_ALERT, this.notifier.leads(),
				List.of(query, event.observed()), "/monitoring", false, "spike:" + event.alertId(), null));
	}

	private static String incident(Long id) {
		return "/incidents/" + id;
	}

}
