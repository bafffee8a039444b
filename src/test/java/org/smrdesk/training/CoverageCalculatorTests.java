package org.smrdesk.training;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smrdesk.training.CoverageCalculator.Attended;
import org.smrdesk.training.CoverageCalculator.DepartmentCoverage;
import org.smrdesk.training.CoverageCalculator.Person;
import org.smrdesk.training.CoverageCalculator.Requirement;
import org.smrdesk.training.CoverageCalculator.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageCalculatorTests {

	private static final Unit HR = new Unit(1L, "HR", 12);

	private static final Unit MARKETING = new Unit(2L, "Marketing", 3);

	private static final Unit NEW_TEAM = new Unit(3L, "New team", 0);

	@Test
	void coverageIsTrainedOverHeadCountInWholePercent() {
		assertThat(CoverageCalculator.percent(4, 12)).isEqualTo(33);
		assertThat(CoverageCalculator.percent(2, 3)).isEqualTo(67);
		assertThat(CoverageCalculator.percent(0, 9)).isZero();
		assertThat(CoverageCalculator.percent(9, 9)).isEqualTo(100);
	}

	@Test
	void coverageNeverExceedsAHundredPercentWhenTheHeadCountIsStale() {
		assertThat(CoverageCalculator.percent(15, 12)).isEqualTo(100);
	}

	@Test
	void aDepartmentWithoutHeadCountHasNoCoverageFigure() {
		assertThat(CoverageCalculator.percent(2, 0)).isNull();
	}

	@Test
	void eachDepartmentListsWhoHasNotAttendedItsRequiredTrainings() {
		Person harper = new Person(10L, "Harper", 1L);
		Person riley = new Person(11L, "Riley", 1L);
		Person mika = new Person(20L, "Mika", 2L);
		Requirement basics = new Requirement(100L, "Basics for HR", Set.of(1L));
		Requirement disclosure = new Requirement(200L, "Disclosure", Set.of(1L, 2L));

		List<DepartmentCoverage> lines = CoverageCalculator.calculate(List.of(HR, MARKETING, NEW_TEAM),
				Map.of(1L, 1L, 2L, 1L), List.of(basics, disclosure), List.of(harper, riley, mika),
				List.of(new Attended(100L, 10L), new Attended(200L, 20L)));

		DepartmentCoverage hr = lines.get(0);
		assertThat(hr.trained()).isEqualTo(1);
		assertThat(hr.percent()).isEqualTo(8);
		assertThat(hr.gaps()).extracting(CoverageCalculator.Gap::title).containsExactly("Basics for HR", "Disclosure");
		assertThat(hr.gaps().get(0).missing()).containsExactly(riley);
		assertThat(hr.gaps().get(1).missing()).containsExactly(harper, riley);
		assertThat(hr.missingTotal()).isEqualTo(3);

		DepartmentCoverage marketing = lines.get(1);
		assertThat(marketing.percent()).isEqualTo(33);
		assertThat(marketing.gaps()).singleElement().satisfies((gap) -> assertThat(gap.missing()).isEmpty());

		DepartmentCoverage newTeam = lines.get(2);
		assertThat(newTeam.trained()).isZero();
		assertThat(newTeam.percent()).isNull();
		assertThat(newTeam.gaps()).isEmpty();
	}

	@Test
	void theGapListHoldsDepartmentsActiveOnAServiceWithNobodyTrainedOnIt() {
		var hrOnVideo = new CoverageCalculator.ActiveOnService(1L, "HR", 7L, "VideoTube", 4,
				java.time.LocalDate.of(2026, 11, 2));
		var hrOnBlog = new CoverageCalculator.ActiveOnService(1L, "HR", 8L, "Blogspace", 2,
				java.time.LocalDate.of(2026, 10, 1));
		var marketingOnVideo = new CoverageCalculator.ActiveOnService(2L, "Marketing", 7L, "VideoTube", 9,
				java.time.LocalDate.of(2026, 11, 20));
		var videoTraining = new CoverageCalculator.TrainingRef(300L, "Video for beginners");

		List<CoverageCalculator.ServiceGap> gaps = CoverageCalculator.serviceGaps(
				List.of(hrOnVideo, hrOnBlog, marketingOnVideo), List.of(new CoverageCalculator.TrainedOnService(2L, 7L),
						new CoverageCalculator.TrainedOnService(1L, 99L)),
				Map.of(7L, List.of(videoTraining)));

		assertThat(gaps).extracting(CoverageCalculator.ServiceGap::active).containsExactly(hrOnVideo, hrOnBlog);
		assertThat(gaps.get(0).trainings()).containsExactly(videoTraining);
		assertThat(gaps.get(1).trainings()).isEmpty();
	}

}
