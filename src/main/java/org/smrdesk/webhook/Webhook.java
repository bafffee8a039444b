package org.smrdesk.webhook;

import java.util.Set;

/**
 * A registered webhook.
 *
 * @param id its id
 * @param name what the lead called it
 * @param url where deliveries go
 * @param events what it receives
 * @param format the body's shape
 * @param secret the HMAC key (shown to the lead once, when made or replaced)
 * @param active whether deliveries are made
 * @param version its version, for edits
 */
public record Webhook(long id, String name, String url, Set<WebhookEvent> events, WebhookFormat format, String secret,
		boolean active, long version) {

	/**
	 * The secret's first characters, to recognise it on the page.
	 * @return the prefix
	 */
	public String secretHint() {
		return this.secret.substring(0, Math.min(10, this.secret.length()));
	}

	@Override
	public String toString() {
		return "Webhook[id=" + this.id + ", name=" + this.name + "]";
	}

}
