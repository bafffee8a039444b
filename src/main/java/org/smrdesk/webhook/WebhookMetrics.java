package org.smrdesk.webhook;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Webhooks in the metrics ({@code /actuator/prometheus}): deliveries waiting in the
 * database ({@code smr_webhooks_queued}, read when scraped, so every node reports the
 * same figure) and what this node's sender did
 * ({@code smr_webhooks_deliveries_total{outcome= "delivered"|"retry"|"failed"}}: a 2xx
 * answer, any other answer or no answer and queued again, given up). How long each sender
 * run takes is the {@code webhook-deliveries} job's timer ({@code smr.jobs.runs}).
 */
@Component
class WebhookMetrics implements MeterBinder {

	/** What one attempt to deliver came to. */
	enum Outcome {

		/** The receiver answered 2xx. */
		DELIVERED,

		/** Not accepted, queued again for a later attempt. */
		RETRY,

		/** Given up (refused address, too many attempts). */
		FAILED

	}

	private final JdbcTemplate jdbc;

	private final Map<Outcome, Counter> deliveries = new EnumMap<>(Outcome.class);

	WebhookMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("smr.webhooks.queued", this::queued)
			.description("Webhook deliveries waiting to be sent (first attempt or a retry)")
			.register(registry);
		for (Outcome outcome : Outcome.values()) {
			this.deliveries.put(outcome,
					Counter.builder("smr.webhooks.deliveries")
						.description("Attempts to deliver a webhook on this node, by outcome")
						.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
						.register(registry));
		}
	}

	/**
	 * Counts one attempt.
	 * @param outcome what it came to
	 */
	void count(Outcome outcome) {
		Counter counter = this.deliveries.get(outcome);
		if (counter != null) {
			counter.increment();
		}
	}

	private double queued() {
		try {
			Long count = this.jdbc.queryForObject("select count(*) from webhook_deliveries where status = 'QUEUED'",
					Long.class);
			return (count != null) ? count : Double.NaN;
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
