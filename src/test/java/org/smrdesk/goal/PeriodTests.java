package org.smrdesk.goal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Periods: parsing, bounds, leap years, pro rata of the time elapsed, and the same period
 * a year before.
 */
class PeriodTests {

	@Test
	void readsAYearAQuarterAndAMonthAndRefusesAnythingElse() {
		assertThat(Period.parse("2026")).contains(Period.year(2026));
		assertThat(Period.parse("2026-Q3")).contains(new Period(PeriodKind.QUARTER, 2026, 3));
		assertThat(Period.parse("2026-10")).contains(new Period(PeriodKind.MONTH, 2026, 10));
		assertThat(Period.parse("2026-Q5")).isEmpty();
		assertThat(Period.parse("2026-13")).isEmpty();
		assertThat(Period.parse("26-10")).isEmpty();
		assertThat(Period.parse("2026-10'; drop table goals")).isEmpty();
		assertThat(Period.parse(null)).isEmpty();
		assertThat(Period.parse("2026-Q3").orElseThrow().toString()).isEqualTo("2026-Q3");
		assertThat(Period.parse("2026-01").orElseThrow().toString()).isEqualTo("2026-01");
	}

	@Test
	void aLeapYearHas366DaysAndItsFebruary29() {
		assertThat(Period.year(2024).days()).isEqualTo(366);
		assertThat(Period.year(2026).days()).isEqualTo(365);
		assertThat(Period.parse("2024-02").orElseThrow().days()).isEqualTo(29);
		assertThat(Period.parse("2024-Q1").orElseThrow().days()).isEqualTo(91);
	}

	@Test
	void theFirstDayOfAQuarterCountsAsElapsedAndTheDayBeforeDoesNot() {
		Period q3 = Period.parse("2026-Q3").orElseThrow();
		assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(q3.elapsed(LocalDate.of(2026, 6, 30))).isZero();
		assertThat(q3.elapsed(LocalDate.of(2026, 7, 1))).isEqualTo(1.0 / 92);
		assertThat(q3.elapsed(LocalDate.of(2026, 9, 30))).isEqualTo(1.0);
		assertThat(q3.isFuture(LocalDate.of(2026, 6, 30))).isTrue();
		assertThat(q3.isFuture(LocalDate.of(2026, 7, 1))).isFalse();
		assertThat(Period.year(2024).elapsed(LocalDate.of(2024, 12, 31))).isEqualTo(1.0);
		assertThat(Period.year(2024).elapsed(LocalDate.of(2024, 2, 29))).isEqualTo(60.0 / 366);
	}

	@Test
	void theSamePeriodLastYearAndTheMonthsAreAligned() {
		Period feb = Period.parse("2024-02").orElseThrow();
		assertThat(feb.yearBefore()).isEqualTo(Period.parse("2023-02").orElseThrow());
		assertThat(feb.yearBefore().days()).isEqualTo(28);
		assertThat(Period.parse("2026-Q4").orElseThrow().months()).containsExactly(YearMonth.of(2026, 10),
				YearMonth.of(2026, 11), YearMonth.of(2026, 12));
		assertThat(Period.year(2026).months()).hasSize(12).startsWith(YearMonth.of(2026, 1));
	}

}
