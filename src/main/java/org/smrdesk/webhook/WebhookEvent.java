package org.smrdesk.webhook;

/**
 * The events a webhook may subscribe to.
 */
public enum WebhookEvent {

	/** An incident was reported. */
	INCIDENT_OPENED("incident.opened"),

	/** An incident's status changed. */
	INCIDENT_STATUS_CHANGED("incident.status_changed"),

	/** An incident's severity changed. */
	INCIDENT_SEVERITY_CHANGED("incident.severity_changed"),

	/** Monitoring raised a spike alert. */
	SPIKE_ALERT("monitoring.spike_alert"),

	/** A mention was escalated into an incident. */
	MENTION_ESCALATED("mention.escalated"),

	/** A test delivery from the webhook page. */
	TEST("webhook.test");

	private final String type;

	WebhookEvent(String type) {
		this.type = type;
	}

	/**
	 * The event's name in payloads and the {@code X-SMR-Event} header.
	 * @return the name
	 */
	public String type() {
		return this.type;
	}

}
