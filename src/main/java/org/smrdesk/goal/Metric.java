package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

/**
 * A family of figures a goal can target (activities, mentions, response times, ...), each
 * in one or more variants ({@code activities:POST}, {@code response-time:TRIAGE}). A new
 * metric is a new {@code @Component} implementing this interface: forms, goals, charts,
 * reports and the API pick it up.
 */
public interface Metric {

	/**
	 * The family's key, lower case with dashes ({@code activities}).
	 * @return the key
	 */
	String family();

	/**
	 * The variants, upper case ({@code ALL}, {@code POST}, ...).
	 * @return the variants, the first being the default
	 */
	List<String> variants();

	/**
	 * The filters a goal on this metric may set.
	 * @return the allowed filters
	 */
	Set<MetricFilter> filters();

	/**
	 * Whether the figure accumulates over a period (a count, judged pro rata of the time
	 * elapsed) or is a level (a rate or a median, judged as it stands).
	 * @return true for a count
	 */
	boolean cumulative();

	/**
	 * Whether less is better (response times, incidents).
	 * @return true when a lower figure is better
	 */
	default boolean lowerIsBetter() {
		return false;
	}

	/**
	 * What the figure is measured in.
	 * @return the unit
	 */
	MetricUnit unit();

	/**
	 * Measures the variant over each window, in one SQL statement whatever the number of
	 * windows.
	 * @param variant one of {@link #variants()}
	 * @param windows the windows (days and filters)
	 * @return one figure per window, in order; null where there is no data
	 */
	List<Double> measure(String variant, List<Window> windows);

	/**
	 * The variant's figure for one window as a scalar SQL expression over the window row
	 * {@code w} (see {@link MetricSql}), so that the figures of many metrics can be read
	 * in one statement ({@link GoalMeasures}).
	 * @param variant one of {@link #variants()}
	 * @return the expression and its parameters
	 */
	Query query(String variant);

	/**
	 * A metric's SQL expression for one window and the values of its {@code ?}
	 * parameters.
	 *
	 * @param expression a scalar SQL expression (a sub-select) over {@code w}
	 * @param args its parameters, in order
	 */
	record Query(String expression, List<Object> args) {

		public static Query of(String expression, Object... args) {
			return new Query(expression, List.of(args));
		}

	}

}
