package org.smrdesk.core;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The period the lead's and managers' dashboard is looked at for
 * ({@code /?period=month}): the month, the quarter or the year so far, in the company's
 * calendar. Panels whose figures are of a period honour it; lists of things to act on
 * ignore it.
 */
public enum DashboardPeriod {

	/** This month so far. */
	MONTH,

	/** This quarter so far. */
	QUARTER,

	/** This year so far (the default). */
	YEAR;

	/**
	 * Reads the query parameter's value.
	 * @param value {@code month}, {@code quarter} or {@code year} (any case), or null for
	 * the default
	 * @return the period, or empty when the value names none
	 */
	public static Optional<DashboardPeriod> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(YEAR);
		}
		for (DashboardPeriod period : values()) {
			if (period.name().equalsIgnoreCase(value.strip())) {
				return Optional.of(period);
			}
		}
		return Optional.empty();
	}

	/**
	 * The first day of the period that contains {@code today}.
	 * @param today today in the company's calendar
	 * @return the first day
	 */
	public LocalDate start(LocalDate today) {
		return switch (this) {
			case MONTH -> today.withDayOfMonth(1);
			case QUARTER -> today.withDayOfMonth(1).withMonth(3 * ((today.getMonthValue() - 1) / 3) + 1);
			case YEAR -> today.withDayOfYear(1);
		};
	}

	/**
	 * The value of the query parameter.
	 * @return {@code month}, {@code quarter} or {@code year}
	 */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

}
