package org.smrdesk.monitoring;

/**
 * What one poll of a source did, as the poll log and "Poll now" report it.
 *
 * @param outcome OK, NOT_MODIFIED, MOVED, RATE_LIMITED, GONE or ERROR
 * @param httpStatus the final HTTP status, or null when none came
 * @param fetched the items read
 * @param created the new mentions
 * @param message the error or warning, or null
 */
public record PollOutcome(String outcome, Integer httpStatus, int fetched, int created,
		String message) implements java.io.Serializable {

	public boolean isSuccess() {
		return "OK".equals(this.outcome) || "NOT_MODIFIED".equals(this.outcome) || "MOVED".equals(this.outcome);
	}

}
