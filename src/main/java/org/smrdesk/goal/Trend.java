package org.smrdesk.goal;

import java.time.YearMonth;
import java.util.List;

/**
 * A metric month by month this year against the same months last year.
 *
 * @param key the metric
 * @param year this year
 * @param months the months, January to December
 * @param scopeName the filter's name, or null
 */
public record Trend(Metrics.Key key, int year, List<Month> months, String scopeName) {

	/**
	 * One month.
	 *
	 * @param month the month of this year
	 * @param value this year's figure, or null (no data, or not yet)
	 * @param lastYear the same month's figure a year before, or null
	 */
	public record Month(YearMonth month, Double value, Double lastYear) {
	}

	/**
	 * The figures as a comma-separated list for a chart's data attribute (empty where
	 * there is no data).
	 * @param last true for last year's
	 * @return the list
	 */
	public String series(boolean last) {
		return String.join(",", this.months.stream().map((m) -> {
			Double v = last ? m.lastYear() : m.value();
			return (v != null) ? GoalFormat.plain(v) : "";
		}).toList());
	}

	public String labels() {
		return String.join(",", this.months.stream().map((m) -> m.month().toString()).toList());
	}

}
