package org.smrdesk.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.smrdesk.monitoring.AddressGuard;
import org.smrdesk.monitoring.MonitoringProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries, each in its own transaction holding the row's lock ({@code FOR
 * UPDATE SKIP LOCKED}), so two senders never send the same delivery. A 2xx answer ends
 * it; anything else is retried after 1, 2, 4 ... minutes (at most 6 hours), 10 attempts
 * in all. Each request is signed: {@code X-SMR-Signature: t=<unix time>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>" under the webhook's secret>}.
 */
@Component
class WebhookSender {

	static final int MAX_ATTEMPTS = 10;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AddressGuard guard;

	private final Clock clock;

	private final WebhookMetrics metrics;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	WebhookSender(JdbcTemplate jdbc, TransactionTemplate transactions, MonitoringProperties monitoring, Clock clock,
			WebhookMetrics metrics) {
		this.jdbc = jdbc;
		this.metrics = metrics;
		this.transactions = transactions;
		this.guard = new AddressGuard(monitoring.allowPrivateAddresses());
		this.clock = clock;
	}

	/**
	 * Sends what is due.
	 * @param limit the most deliveries to try
	 * @return how many were delivered
	 */
	int sendDue(int limit) {
		int delivered = 0;
		for (int i = 0; i < limit; i++) {
			Boolean outcome = this.transactions.execute((status) -> sendNext());
			if (outcome == null) {
				break;
			}
			if (outcome) {
				delivered++;
			}
		}
		return delivered;
	}

	private Boolean sendNext() {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc.query("""
				select d.id, d.payload, d.event, d.attempts, w.url, w.secret
				from webhook_deliveries d join webhooks w on w.id = d.webhook_id
				where d.status = 'QUEUED' and d.next_attempt_at <= ? and w.active
				order by d.next_attempt_at, d.id limit 1 for update of d skip locked""",
				(rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
						rs.getString(6)),
				Timestamp.from(now));
		if (due.isEmpty()) {
			return null;
		}
		Due delivery = due.get(0);
		URI uri = URI.create(delivery.url());
		String refusal = this.guard.refusal(uri);
		if (refusal != null) {
			fail(delivery, null, refusal, true);
			return false;
		}
		long timestamp = now.getEpochSecond();
		try {
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header("User-Agent", "SMR-Desk-Webhooks")
				.header("X-SMR-Event", delivery.event())
				.header("X-SMR-Delivery", String.valueOf(delivery.id()))
				.header("X-SMR-Signature",
						"t=" + timestamp + ",v1=" + sign(delivery.secret(), timestamp, delivery.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 == 2) {
				this.jdbc.update("""
						update webhook_deliveries set status = 'DELIVERED', attempts = attempts + 1, response_code = ?,
						       last_error = null, delivered_at = ? where id = ?""", response.statusCode(),
						Timestamp.from(now), delivery.id());
				this.metrics.count(WebhookMetrics.Outcome.DELIVERED);
				return true;
			}
			fail(delivery, response.statusCode(), "HTTP " + response.statusCode(), false);
			return false;
		}
		catch (java.io.IOException ex) {
			fail(delivery, null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), false);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail(delivery, null, "interrupted", false);
			return false;
		}
	}

	private void fail(Due delivery, Integer code, String reason, boolean permanent) {
		int attempts = delivery.attempts() + 1;
		boolean giveUp = permanent || attempts >= MAX_ATTEMPTS;
		Duration delay = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
		if (delay.compareTo(Duration.ofHours(6)) > 0) {
			delay = Duration.ofHours(6);
		}
		this.jdbc.update("""
				update webhook_deliveries set status = ?, attempts = ?, response_code = ?, last_error = ?,
				       next_attempt_at = ? where id = ?""", giveUp ? "FAILED" : "QUEUED", attempts, code,
				(reason != null && reason.length() > 500) ? reason.substring(0, 500) : reason,
				Timestamp.from(this.clock.instant().plus(delay)), delivery.id());
		this.metrics.count(giveUp ? WebhookMetrics.Outcome.FAILED : WebhookMetrics.Outcome.RETRY);
	}

	static String sign(String secret, long timestamp, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Due(long id, String payload, String event, int attempts, String url, String secret) {
	}

}
