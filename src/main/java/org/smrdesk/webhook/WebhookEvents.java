package org.smrdesk.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smrdesk.event.IncidentReported;
import org.smrdesk.event.IncidentSeverityChanged;
import org.smrdesk.event.IncidentStatusChanged;
import org.smrdesk.event.MentionEscalated;
import org.smrdesk.event.SpikeAlerted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns domain events into webhook deliveries just before their transaction commits.
 */
@Component
class WebhookEvents {

	private final WebhookService webhooks;

	WebhookEvents(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(IncidentReported event) {
		this.webhooks.publish(WebhookEvent.INCIDENT_OPENED,
				data("incident_id", event.incidentId(), "title", event.title(), "crisis", event.crisis()),
				"New incident: " + event.title());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(IncidentStatusChanged event) {
		this.webhooks.publish(WebhookEvent.INCIDENT_STATUS_CHANGED,
				data("incident_id", event.incidentId(), "title", event.title(), "from", event.from(), "to", event.to()),
				"Incident \"" + event.title() + "\": " + event.from() + " → " + event.to());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(IncidentSeverityChanged event) {
		this.webhooks.publish(WebhookEvent.INCIDENT_SEVERITY_CHANGED,
				data("incident_id", event.incidentId(), "title", event.title(), "from", event.from(), "to", event.to()),
				"Incident \"" + event.title() + "\" severity: " + event.from() + " → " + event.to());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(SpikeAlerted event) {
		this.webhooks.publish(WebhookEvent.SPIKE_ALERT,
				data("alert_id", event.alertId(), "query_id", event.queryId(), "observed", event.observed()),
				"Monitoring spike: " + event.observed() + " mentions today");
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(MentionEscalated event) {
		this.webhooks.publish(
				WebhookEvent.MENTION_ESCALATED, data("mention_id", event.mentionId(), "incident_id", event.incidentId(),
						"title", event.title(), "url", event.url()),
				"Mention escalated to an incident: " + event.title());
	}

	private static Map<String, Object> data(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			data.put((String) pairs[i], pairs[i + 1]);
		}
		return data;
	}

}
