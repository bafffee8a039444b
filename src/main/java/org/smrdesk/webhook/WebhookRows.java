package org.smrdesk.webhook;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;

/**
 * The rows of {@code webhooks} and {@code webhook_deliveries} as records; an event no
 * longer offered is left out of a webhook's events.
 */
final class WebhookRows {

	static final RowMapper<Webhook> WEBHOOK = (rs, i) -> {
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		Arrays.stream(rs.getString(4).split(",")).filter((e) -> !e.isBlank()).forEach((e) -> {
			try {
				events.add(WebhookEvent.valueOf(e));
			}
			catch (IllegalArgumentException ex) {
				// an event no longer offered
			}
		});
		return new Webhook(rs.getLong(1), rs.getString(2), rs.getString(3), events,
				WebhookFormat.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getLong(8));
	};

	static final RowMapper<WebhookDelivery> DELIVERY = (rs, i) -> new WebhookDelivery(rs.getLong(1), rs.getString(2),
			rs.getString(3), rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant(), (Integer) rs.getObject(7),
			rs.getString(8), rs.getTimestamp(9).toInstant(),
			(rs.getTimestamp(10) != null) ? rs.getTimestamp(10).toInstant() : null);

	private WebhookRows() {
	}

}
