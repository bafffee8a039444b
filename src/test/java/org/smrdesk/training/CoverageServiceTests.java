package org.smrdesk.training;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.training.CoverageCalculator.DepartmentCoverage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage figures from real attendance rows.
 */
@IntegrationTest
@Transactional
class CoverageServiceTests {

	@Autowired
	private CoverageService coverage;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void coverageCountsDistinctActiveAttendeesOverHeadCountAndListsWhoLacksARequiredTraining() {
		String name = "Coverage " + UUID.randomUUID().toString().substring(0, 8);
		long department = TestData.department(this.jdbc, name);
		this.jdbc.update("update departments set head_count = 8 where id = ?", department);
		CurrentUser trainedTwice = TrainingFixtures.person(this.jdbc, Role.STAFF, name);
		CurrentUser trainedOptional = TrainingFixtures.person(this.jdbc, Role.STAFF, name);
		CurrentUser untrained = TrainingFixtures.person(this.jdbc, Role.STAFF, name);
		CurrentUser noShow = TrainingFixtures.person(this.jdbc, Role.STAFF, name);
		CurrentUser gone = TrainingFixtures.person(this.jdbc, Role.STAFF, name);
		this.jdbc.update("update users set active = false where id = ?", gone.id());

		long required = TrainingFixtures.training(this.jdbc, "Required", true, null, department);
		long optional = TrainingFixtures.training(this.jdbc, "Optional", false, null, department);
		Instant lastWeek = Instant.now().minus(Duration.ofDays(7));
		long requiredSession = TrainingFixtures.session(this.jdbc, required, lastWeek, 10);
		long secondRequiredSession = TrainingFixtures.session(this.jdbc, required, lastWeek.plusSeconds(3600), 10);
		long optionalSession = TrainingFixtures.session(this.jdbc, optional, lastWeek, 10);
		TrainingFixtures.attended(this.jdbc, requiredSession, trainedTwice.id());
		TrainingFixtures.attended(this.jdbc, secondRequiredSession, trainedTwice.id());
		TrainingFixtures.attended(this.jdbc, optionalSession, trainedOptional.id());
		TrainingFixtures.attended(this.jdbc, requiredSession, gone.id());
		this.jdbc.update("""
				insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at,
				                                 created_at, created_by, updated_at, updated_by)
				values (?, ?, 'ENROLLED', 'NO_SHOW', now(), now(), 'test', now(), 'test')""", requiredSession,
				noShow.id());

		DepartmentCoverage line = this.coverage.of(department);

		assertThat(line.headCount()).isEqualTo(8);
		assertThat(line.trained()).isEqualTo(2);
		assertThat(line.percent()).isEqualTo(25);
		assertThat(line.gaps()).singleElement().satisfies((gap) -> {
			assertThat(gap.trainingId()).isEqualTo(required);
			assertThat(gap.missing()).extracting(CoverageCalculator.Person::id)
				.containsExactlyInAnyOrder(trainedOptional.id(), untrained.id(), noShow.id());
		});
	}

	@Test
	void theGapListComparesTheActivityLogWithAttendanceOnTrainingsAboutEachService() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long trainedDept = TestData.department(this.jdbc, "Gap trained " + suffix);
		long untrainedDept = TestData.department(this.jdbc, "Gap untrained " + suffix);
		long quietDept = TestData.department(this.jdbc, "Gap quiet " + suffix);
		CurrentUser trainedPerson = TrainingFixtures.person(this.jdbc, Role.STAFF, "Gap trained " + suffix);
		CurrentUser untrainedPerson = TrainingFixtures.person(this.jdbc, Role.STAFF, "Gap untrained " + suffix);
		long video = service("VideoTube " + suffix);
		long oldService = service("Oldnet " + suffix);
		activity(trainedDept, video, trainedPerson.id(), 10);
		activity(untrainedDept, video, untrainedPerson.id(), 20);
		activity(untrainedDept, video, untrainedPerson.id(), 3);
		activity(untrainedDept, oldService, untrainedPerson.id(), 500);
		long training = TrainingFixtures.training(this.jdbc, "Video basics", false, null, trainedDept, untrainedDept,
				quietDept);
		this.jdbc.update("update trainings set service_id = ? where id = ?", video, training);
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().minus(Duration.ofDays(30)), 10);
		TrainingFixtures.attended(this.jdbc, session, trainedPerson.id());

		var gaps = this.coverage.serviceGaps()
			.stream()
			.filter((gap) -> gap.active().departmentName().endsWith(suffix))
			.toList();

		assertThat(gaps).singleElement().satisfies((gap) -> {
			assertThat(gap.active().departmentId()).isEqualTo(untrainedDept);
			assertThat(gap.active().serviceId()).isEqualTo(video);
			assertThat(gap.active().activities()).isEqualTo(2);
			assertThat(gap.trainings()).extracting(CoverageCalculator.TrainingRef::id).containsExactly(training);
		});
	}

	private long service(String name) {
		return TestData.channel(name).with("kind", "VIDEO").insert(this.jdbc);
	}

	private void activity(long department, long service, long owner, int daysAgo) {
		this.jdbc.update("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
				                        created_at, created_by, updated_at, updated_by)
				values (?, ?, 'POST', 'A post', current_date - ?, ?, 'DONE', now(), 'test', now(), 'test')""",
				department, service, daysAgo, owner);
	}

}
