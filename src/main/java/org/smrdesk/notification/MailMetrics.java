package org.smrdesk.notification;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * E-mail in the metrics ({@code /actuator/prometheus}): the outbox as it stands in the
 * database ({@code smr_mail_outbox{status="queued"|"failed"}}, read when scraped, so
 * every node reports the same figures; mails sent are not counted there, the table keeps
 * them all) and what this node's sender did ({@code smr_mail_sends_total{outcome="sent"|
 * "retry"|"failed"}}: accepted by the SMTP server, refused for now and queued again,
 * given up). How long each sender run takes is the {@code notification-mail-sender} job's
 * timer ({@code smr.jobs.runs}).
 */
@Component
class MailMetrics implements MeterBinder {

	/** What one attempt to send a mail came to. */
	enum Outcome {

		/** Accepted by the SMTP server. */
		SENT,

		/** Not accepted, queued again for a later attempt. */
		RETRY,

		/** Given up (refused address, invalid message, too many attempts). */
		FAILED

	}

	private final JdbcTemplate jdbc;

	private final Map<Outcome, Counter> sends = new EnumMap<>(Outcome.class);

	MailMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		outbox(registry, "queued", "select count(*) from mail_outbox where status = 'QUEUED'");
		outbox(registry, "failed", "select count(*) from mail_outbox where status = 'FAILED'");
		for (Outcome outcome : Outcome.values()) {
			this.sends.put(outcome,
					Counter.builder("smr.mail.sends")
						.description("Attempts to send an outbox e-mail on this node, by outcome")
						.tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
						.register(registry));
		}
	}

	/**
	 * Counts one attempt.
	 * @param outcome what it came to
	 */
	void count(Outcome outcome) {
		Counter counter = this.sends.get(outcome);
		if (counter != null) {
			counter.increment();
		}
	}

	private void outbox(MeterRegistry registry, String status, String sql) {
		Gauge.builder("smr.mail.outbox", () -> count(sql))
			.description("Outbox e-mails waiting to be sent (queued) or given up (failed)")
			.tag("status", status)
			.register(registry);
	}

	private double count(String sql) {
		try {
			Long count = this.jdbc.queryForObject(sql, Long.class);
			return (count != null) ? count : Double.NaN;
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
