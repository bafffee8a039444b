package org.smrdesk.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A spike alert with the numbers that raised it.
 *
 * @param id the alert
 * @param queryId the query
 * @param queryName its name
 * @param day the day of the spike
 * @param observed the count that day
 * @param baseline the usual count for that weekday
 * @param p the Poisson p-value
 * @param raisedAt when it was raised
 * @param state OPEN, SNOOZED or ESCALATED
 * @param snoozeReason why it was snoozed
 * @param snoozedUntil until when
 * @param incidentId the incident it became
 */
public record Alert(Long id, Long queryId, String queryName, LocalDate day, int observed, double baseline, double p,
		Instant raisedAt, String state, String snoozeReason, Instant snoozedUntil, Long incidentId) {

	public String baselineText() {
		return String.format(java.util.Locale.ROOT, "%.1f", this.baseline);
	}

	public String pText() {
		return (this.p < 0.0001) ? String.format(java.util.Locale.ROOT, "%.0e", this.p)
				: String.format(java.util.Locale.ROOT, "%.4f", this.p);
	}

	public boolean isOpen() {
		return "OPEN".equals(this.state);
	}

}
