package org.smrdesk.webhook;

/**
 * How a delivery's body is shaped.
 */
public enum WebhookFormat {

	/** SMR Desk's own JSON: id, event, occurred_at, data. */
	JSON,

	/** {@code {"text": "..."}}: Slack incoming webhooks and Teams workflows accept it. */
	SLACK

}
