package org.smrdesk.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * Formats figures for pages, CSV and PDF: counts whole, percentages and hours with one
 * decimal; "no data" is the caller's.
 */
@Component("goalFormat")
public class GoalFormat {

	/**
	 * A figure without grouping, for machines (CSV, chart data).
	 * @param value the figure
	 * @return the text
	 */
	public static String plain(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * A figure for people, with its unit.
	 * @param value the figure, or null
	 * @param unit the unit's name
	 * @return the text, or null for no data
	 */
	public String figure(Double value, String unit) {
		return text(value, unit);
	}

	/**
	 * A figure for people, with its unit, for view models that carry their text ready.
	 * @param value the figure, or null
	 * @param unit the unit's name
	 * @return the text, or null for no data
	 */
	public static String text(Double value, String unit) {
		if (value == null) {
			return null;
		}
		String number = plain(value);
		return switch (unit) {
			case "PERCENT" -> number + " %";
			case "HOURS" -> number + " h";
			default -> number;
		};
	}

}
