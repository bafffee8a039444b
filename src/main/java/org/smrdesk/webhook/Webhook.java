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
 * @param secret the HMAC key (shown to the lead on its page)
 * @param active whether deliveries are made
 */
public record Webhook(long id, String name, String url, Set<WebhookEvent> events, WebhookFormat format, String secret,
		boolean active) {

}
