package org.smrdesk.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.smrdesk.core.ConcurrentEditException;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.monitoring.AddressGuard;
import org.smrdesk.monitoring.MonitoringProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers webhooks (the lead only; the monitoring sources' SSRF guard checks each
 * address) and writes deliveries for an event in the caller's transaction.
 */
@Service
@Transactional(readOnly = true)
public class WebhookService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AddressGuard guard;

	private final Clock clock;

	WebhookService(JdbcTemplate jdbc, JsonMapper json, MonitoringProperties monitoring, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.guard = new AddressGuard(monitoring.allowPrivateAddresses());
		this.clock = clock;
	}

	public List<Webhook> all(CurrentUser user) {
		requireLead(user);
		return this.jdbc.query(
				"select id, name, url, events, format, secret, active, version from webhooks order by name, id",
				WebhookRows.WEBHOOK);
	}

	public Webhook get(long id, CurrentUser user) {
		requireLead(user);
		return this.jdbc
			.query("select id, name, url, events, format, secret, active, version from webhooks where id = ?",
					WebhookRows.WEBHOOK, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Webhook", id));
	}

	/**
	 * Registers a webhook with a new random secret.
	 * @param name what to call it
	 * @param url where to send
	 * @param events what to send
	 * @param format the body's shape
	 * @param user the lead
	 * @return the new webhook's id
	 */
	@Transactional
	public long register(String name, String url, Set<WebhookEvent> events, WebhookFormat format, CurrentUser user) {
		requireLead(user);
		String trimmed = checkedName(name);
		URI uri = checkedTarget(url, events);
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.queryForObject("""
				insert into webhooks (name, url, events, format, secret, created_at, created_by, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, trimmed, uri.toString(), joined(events),
				(format != null) ? format.name() : WebhookFormat.JSON.name(), newSecret(), now, user.email(), now,
				user.email());
	}

	/**
	 * Changes a webhook's name, address (checked by the SSRF guard again), events, format
	 * and whether it is active. Deliveries still queued go to the new address.
	 * @param id the webhook
	 * @param change the new values
	 * @param version the version the lead edited
	 * @param user the lead
	 * @throws ConcurrentEditException when someone changed it since
	 */
	@Transactional
	public void update(long id, Change change, Long version, CurrentUser user) {
		get(id, user);
		String trimmed = checkedName(change.name());
		URI uri = checkedTarget(change.url(), change.events());
		int updated = this.jdbc.update("""
				update webhooks set name = ?, url = ?, events = ?, format = ?, active = ?, version = version + 1,
				       updated_at = ?, updated_by = ?
				where id = ? and version = ?""", trimmed, uri.toString(), joined(change.events()),
				(change.format() != null) ? change.format().name() : WebhookFormat.JSON.name(), change.active(),
				Timestamp.from(this.clock.instant()), user.email(), id, (version != null) ? version : -1L);
		if (updated != 1) {
			throw new ConcurrentEditException("Webhook", id);
		}
	}

	/**
	 * Replaces a webhook's signing secret: every delivery from now on (retries of queued
	 * ones too) is signed with the new one.
	 * @param id the webhook
	 * @param user the lead
	 * @return the new secret, to show once
	 */
	@Transactional
	public String rotateSecret(long id, CurrentUser user) {
		return rotateSecret(id, get(id, user).version(), user);
	}

	/**
	 * Replaces a webhook's signing secret if the webhook is still at the version the
	 * caller read (the API's {@code If-Match}); the old secret stops signing at once.
	 * @param id the webhook
	 * @param expectedVersion the version the caller read
	 * @param user the lead
	 * @return the new secret, to show once
	 * @throws ConcurrentEditException when the webhook changed since
	 */
	@Transactional
	public String rotateSecret(long id, long expectedVersion, CurrentUser user) {
		get(id, user);
		String secret = newSecret();
		int updated = this.jdbc.update(
				"update webhooks set secret = ?, version = version + 1, updated_at = ?, updated_by = ?"
						+ " where id = ? and version = ?",
				secret, Timestamp.from(this.clock.instant()), user.email(), id, expectedVersion);
		if (updated != 1) {
			throw new ConcurrentEditException("Webhook", id);
		}
		return secret;
	}

	private static String checkedName(String name) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new FieldException("name", "webhook.name.invalid");
		}
		return trimmed;
	}

	private URI checkedTarget(String url, Set<WebhookEvent> events) {
		if (events == null || events.isEmpty()) {
			throw new FieldException("events", "webhook.events.empty");
		}
		URI uri = parse(url);
		if (this.guard.refusal(uri) != null) {
			throw new FieldException("url", "webhook.url.refused");
		}
		return uri;
	}

	private static String joined(Set<WebhookEvent> events) {
		return events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return "whsec_" + HexFormat.of().formatHex(secret);
	}

	/**
	 * A webhook's new values.
	 *
	 * @param name what to call it
	 * @param url where to send
	 * @param events what to send
	 * @param format the body's shape
	 * @param active whether deliveries are made
	 */
	public record Change(String name, String url, Set<WebhookEvent> events, WebhookFormat format, boolean active) {
	}

	@Transactional
	public void delete(long id, CurrentUser user) {
		get(id, user);
		this.jdbc.update("delete from webhooks where id = ?", id);
	}

	/**
	 * Deletes a webhook (with its delivery log) if it is still the version the lead read.
	 * @param id the webhook
	 * @param version the version the lead read
	 * @param user the lead
	 * @throws ConcurrentEditException when someone changed it since
	 */
	@Transactional
	public void delete(long id, long version, CurrentUser user) {
		get(id, user);
		if (this.jdbc.update("delete from webhooks where id = ? and version = ?", id, version) != 1) {
			throw new ConcurrentEditException("Webhook", id);
		}
	}

	/**
	 * Queues a test delivery to one webhook.
	 * @param id the webhook
	 * @param user the lead
	 */
	@Transactional
	public void sendTest(long id, CurrentUser user) {
		Webhook webhook = get(id, user);
		enqueue(webhook, WebhookEvent.TEST, Map.of("message", "A test delivery from SMR Desk"),
				"SMR Desk test delivery: this webhook works.");
	}

	public List<WebhookDelivery> deliveries(long webhookId, CurrentUser user) {
		get(webhookId, user);
		return this.jdbc.query("""
				select id, event, payload, status, attempts, next_attempt_at, response_code, last_error, created_at,
				       delivered_at
				from webhook_deliveries where webhook_id = ? order by created_at desc, id desc limit 100""",
				WebhookRows.DELIVERY, webhookId);
	}

	/**
	 * Writes a delivery for every active webhook subscribed to the event, in the caller's
	 * transaction.
	 * @param event the event
	 * @param data what happened
	 * @param text one line for chat formats
	 */
	@Transactional
	public void publish(WebhookEvent event, Map<String, Object> data, String text) {
		for (Webhook webhook : this.jdbc.query(
				"select id, name, url, events, format, secret, active, version from webhooks where active",
				WebhookRows.WEBHOOK)) {
			if (webhook.events().contains(event)) {
				enqueue(webhook, event, data, text);
			}
		}
	}

	private void enqueue(Webhook webhook, WebhookEvent event, Map<String, Object> data, String text) {
		Instant now = this.clock.instant();
		Object body;
		if (webhook.format() == WebhookFormat.SLACK) {
			body = Map.of("text", text);
		}
		else {
			Map<String, Object> envelope = new LinkedHashMap<>();
			envelope.put("id", UUID.randomUUID().toString());
			envelope.put("event", event.type());
			envelope.put("occurred_at", now.toString());
			envelope.put("data", data);
			body = envelope;
		}
		this.jdbc.update("""
				insert into webhook_deliveries (webhook_id, event, payload, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?)""", webhook.id(), event.type(), this.json.writeValueAsString(body),
				Timestamp.from(now), Timestamp.from(now));
	}

	private static URI parse(String url) {
		try {
			URI uri = new URI((url != null) ? url.strip() : "");
			if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new FieldException("url", "webhook.url.invalid");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new FieldException("url", "webhook.url.invalid");
		}
	}

	private static void requireLead(CurrentUser user) {
		if (!user.isLead()) {
			throw new AccessDeniedException("Only the lead");
		}
	}

}
