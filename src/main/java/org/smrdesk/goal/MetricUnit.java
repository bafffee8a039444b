package org.smrdesk.goal;

/**
 * What a metric is measured in, and whether a figure in that unit accumulates over a
 * period (a count or a sum, judged pro rata of the time elapsed) or is a level (a rate or
 * a median, judged as it stands).
 */
public enum MetricUnit {

	COUNT(true), PERCENT(false), HOURS(false), NUMBER(true);

	private final boolean cumulative;

	MetricUnit(boolean cumulative) {
		this.cumulative = cumulative;
	}

	/**
	 * Whether figures in this unit add up over a period.
	 * @return true for counts and sums
	 */
	public boolean cumulative() {
		return this.cumulative;
	}

}
