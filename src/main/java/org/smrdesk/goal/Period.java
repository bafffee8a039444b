package org.smrdesk.goal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year ({@code 2026}), a quarter ({@code 2026-Q3}) or a month ({@code 2026-10}): days
 * from {@link #start()} inclusive to {@link #end()} exclusive, in the company's calendar.
 *
 * @param kind year, quarter or month
 * @param year the year
 * @param number the quarter (1–4), the month (1–12), or 0 for a year
 */
public record Period(PeriodKind kind, int year, int number) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

	public Period {
		boolean valid = switch (kind) {
			case YEAR -> number == 0;
			case QUARTER -> number >= 1 && number <= 4;
			case MONTH -> number >= 1 && number <= 12;
		};
		if (!valid || year < 2000 || year > 2999) {
			throw new IllegalArgumentException("No such period: " + kind + " " + year + " " + number);
		}
	}

	/**
	 * Reads {@code 2026}, {@code 2026-Q3} or {@code 2026-10}.
	 * @param text the text
	 * @return the period, or empty when the text is no period
	 */
	public static Optional<Period> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = TEXT.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		if (year < 2000 || year > 2999) {
			return Optional.empty();
		}
		if (m.group(2) != null) {
			return Optional.of(new Period(PeriodKind.QUARTER, year, Integer.parseInt(m.group(2))));
		}
		if (m.group(3) != null) {
			return Optional.of(new Period(PeriodKind.MONTH, year, Integer.parseInt(m.group(3))));
		}
		return Optional.of(new Period(PeriodKind.YEAR, year, 0));
	}

	public static Period year(int year) {
		return new Period(PeriodKind.YEAR, year, 0);
	}

	public static Period quarterOf(LocalDate day) {
		return new Period(PeriodKind.QUARTER, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public static Period monthOf(LocalDate day) {
		return new Period(PeriodKind.MONTH, day.getYear(), day.getMonthValue());
	}

	public LocalDate start() {
		return switch (this.kind) {
			case YEAR -> LocalDate.of(this.year, 1, 1);
			case QUARTER -> LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
			case MONTH -> LocalDate.of(this.year, this.number, 1);
		};
	}

	/**
	 * The first day after the period.
	 * @return the exclusive end
	 */
	public LocalDate end() {
		return switch (this.kind) {
			case YEAR -> start().plusYears(1);
			case QUARTER -> start().plusMonths(3);
			case MONTH -> start().plusMonths(1);
		};
	}

	public long days() {
		return ChronoUnit.DAYS.between(start(), end());
	}

	/**
	 * The same period a year earlier.
	 * @return last year's period
	 */
	public Period yearBefore() {
		return new Period(this.kind, this.year - 1, this.number);
	}

	/**
	 * Whether the period has not begun on {@code today}.
	 * @param today today in the company's zone
	 * @return true when it starts after today
	 */
	public boolean isFuture(LocalDate today) {
		return start().isAfter(today);
	}

	/**
	 * The share of the period elapsed by the end of {@code today}: 0 before it starts, 1
	 * after it ends (today counts as elapsed).
	 * @param today today in the company's zone
	 * @return between 0 and 1
	 */
	public double elapsed(LocalDate today) {
		if (today.isBefore(start())) {
			return 0;
		}
		if (!today.isBefore(end())) {
			return 1;
		}
		return (ChronoUnit.DAYS.between(start(), today) + 1) / (double) days();
	}

	/**
	 * The months of the period, in order.
	 * @return the months
	 */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(start()); m.isBefore(YearMonth.from(end())); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case YEAR -> String.valueOf(this.year);
			case QUARTER -> this.year + "-Q" + this.number;
			case MONTH -> String.format("%d-%02d", this.year, this.number);
		};
	}

}
