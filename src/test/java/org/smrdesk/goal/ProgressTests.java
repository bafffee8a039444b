package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On track or at risk: counts pro rata of the period elapsed, levels as they stand, less
 * being better for incidents and response times; no data is no data, not 0 %.
 */
class ProgressTests {

	private static Metric metric(boolean cumulative, boolean lowerIsBetter) {
		return new Metric() {
			@Override
			public String family() {
				return "test";
			}

			@Override
			public List<String> variants() {
				return List.of("ALL");
			}

			@Override
			public Set<MetricFilter> filters() {
				return Set.of();
			}

			@Override
			public boolean cumulative() {
				return cumulative;
			}

			@Override
			public boolean lowerIsBetter() {
				return lowerIsBetter;
			}

			@Override
			public MetricUnit unit() {
				return MetricUnit.COUNT;
			}

			@Override
			public List<Double> measure(String variant, List<Window> windows) {
				return List.of();
			}

			@Override
			public Query query(String variant) {
				return Query.of("select null");
			}
		};
	}

	@Test
	void aCountIsOnTrackWhenItKeepsPaceWithTheTimeElapsed() {
		Metric count = metric(true, false);
		assertThat(Progress.judge(count, 100, 50.0, 0.5, false)).isEqualTo(GoalStatus.ON_TRACK);
		assertThat(Progress.judge(count, 100, 49.0, 0.5, false)).isEqualTo(GoalStatus.AT_RISK);
		assertThat(Progress.judge(count, 100, 100.0, 0.5, false)).isEqualTo(GoalStatus.ACHIEVED);
		assertThat(Progress.judge(count, 100, 99.0, 1.0, true)).isEqualTo(GoalStatus.MISSED);
		assertThat(Progress.judge(count, 100, null, 0.5, false)).isEqualTo(GoalStatus.NO_DATA);
		assertThat(Progress.judge(count, 100, 0.0, 0.0, false)).isEqualTo(GoalStatus.NOT_STARTED);
	}

	@Test
	void onTheLastDayOfThePeriodAShortfallIsAtRiskNotYetMissed() {
		Metric count = metric(true, false);
		assertThat(Progress.judge(count, 2, 1.0, 1.0, false)).isEqualTo(GoalStatus.AT_RISK);
		assertThat(Progress.judge(count, 2, 1.0, 1.0, true)).isEqualTo(GoalStatus.MISSED);
	}

	@Test
	void aLimitIsAtRiskWhenItIsUsedFasterThanTheTimeElapsed() {
		Metric limit = metric(true, true);
		assertThat(Progress.judge(limit, 10, 4.0, 0.5, false)).isEqualTo(GoalStatus.ON_TRACK);
		assertThat(Progress.judge(limit, 10, 6.0, 0.5, false)).isEqualTo(GoalStatus.AT_RISK);
		assertThat(Progress.judge(limit, 10, 11.0, 0.5, false)).isEqualTo(GoalStatus.MISSED);
		assertThat(Progress.judge(limit, 10, 9.0, 1.0, true)).isEqualTo(GoalStatus.ACHIEVED);
	}

	@Test
	void aLevelIsJudgedAsItStands() {
		Metric rate = metric(false, false);
		assertThat(Progress.judge(rate, 80, 79.0, 0.1, false)).isEqualTo(GoalStatus.AT_RISK);
		assertThat(Progress.judge(rate, 80, 80.0, 0.1, false)).isEqualTo(GoalStatus.ACHIEVED);
		Metric median = metric(false, true);
		assertThat(Progress.judge(median, 4, 3.0, 0.5, false)).isEqualTo(GoalStatus.ON_TRACK);
		assertThat(Progress.judge(median, 4, 5.0, 0.5, false)).isEqualTo(GoalStatus.AT_RISK);
		assertThat(Progress.judge(median, 4, 5.0, 1.0, true)).isEqualTo(GoalStatus.MISSED);
	}

}
