package org.smrdesk.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.core.RuleException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Capacity under concurrency, against the real PostgreSQL: many people enrolling in the
 * same session at the same moment, each in their own transaction.
 */
@IntegrationTest
class EnrolmentConcurrencyTests {

	@Autowired
	private EnrolmentService enrolments;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void fiftySimultaneousEnrolmentsForTwentyPlacesEnrolExactlyTwentyAndQueueTheRest() throws Exception {
		long training = TrainingFixtures.training(this.jdbc, "Race", false, null,
				org.smrdesk.TestData.department(this.jdbc, "Race Dept"));
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().plus(Duration.ofDays(7)), 20);
		List<CurrentUser> people = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			people.add(TrainingFixtures.person(this.jdbc, Role.STAFF, "Race Dept"));
		}

		List<EnrolmentStatus> results = raceAll(people, (person) -> this.enrolments.enrol(session, person));

		assertThat(results).filteredOn((s) -> s == EnrolmentStatus.ENROLLED).hasSize(20);
		assertThat(results).filteredOn((s) -> s == EnrolmentStatus.WAITLISTED).hasSize(30);
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) filter (where status = 'ENROLLED') as enrolled,
				       count(*) filter (where status = 'WAITLISTED') as waiting,
				       count(distinct user_id) as people
				from training_enrolments where session_id = ?""", session);
		assertThat(counts).containsEntry("enrolled", 20L).containsEntry("waiting", 30L).containsEntry("people", 50L);
	}

	@Test
	void cancellingAPlaceMovesTheFirstPersonWaitingUp() {
		long training = TrainingFixtures.training(this.jdbc, "Queue", false, null,
				org.smrdesk.TestData.department(this.jdbc, "Queue Dept"));
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().plus(Duration.ofDays(7)), 2);
		CurrentUser first = TrainingFixtures.person(this.jdbc, Role.STAFF, "Queue Dept");
		CurrentUser second = TrainingFixtures.person(this.jdbc, Role.STAFF, "Queue Dept");
		CurrentUser thirdWaits = TrainingFixtures.person(this.jdbc, Role.STAFF, "Queue Dept");
		CurrentUser fourthWaits = TrainingFixtures.person(this.jdbc, Role.STAFF, "Queue Dept");

		assertThat(this.enrolments.enrol(session, first)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(this.enrolments.enrol(session, second)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(this.enrolments.enrol(session, thirdWaits)).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(this.enrolments.enrol(session, fourthWaits)).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(this.enrolments.queuePosition(session, fourthWaits.id())).isEqualTo(2);

		assertThat(this.enrolments.cancel(session, first)).contains(thirdWaits.id());

		assertThat(status(session, thirdWaits)).isEqualTo("ENROLLED");
		assertThat(status(session, fourthWaits)).isEqualTo("WAITLISTED");
		assertThat(this.enrolments.queuePosition(session, fourthWaits.id())).isEqualTo(1);

		// Cancelling from the waiting list frees no place: nobody moves up.
		assertThat(this.enrolments.cancel(session, fourthWaits)).isEmpty();
		// Enrolling again after a cancellation reuses the one row, at the end of the
		// queue.
		assertThat(this.enrolments.enrol(session, first)).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from training_enrolments where session_id = ? and user_id = ?", Long.class, session,
				first.id()))
			.isEqualTo(1L);
	}

	@Test
	void onePersonEnrollingTwiceAtOnceGetsOnePlace() throws Exception {
		long training = TrainingFixtures.training(this.jdbc, "Twice", false, null,
				org.smrdesk.TestData.department(this.jdbc, "Twice Dept"));
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().plus(Duration.ofDays(7)), 5);
		CurrentUser person = TrainingFixtures.person(this.jdbc, Role.STAFF, "Twice Dept");

		List<Object> results = raceAll(List.of(person, person, person, person), (p) -> {
			try {
				return this.enrolments.enrol(session, p);
			}
			catch (RuleException ex) {
				return ex.getCode();
			}
		});

		assertThat(results).containsOnlyOnce(EnrolmentStatus.ENROLLED);
		assertThat(results).filteredOn("training.enrol.already"::equals).hasSize(3);
		assertThat(this.jdbc.queryForObject("select count(*) from training_enrolments where session_id = ?", Long.class,
				session))
			.isEqualTo(1L);
	}

	@Test
	void aSessionThatHasBegunTakesNoEnrolment() {
		long training = TrainingFixtures.training(this.jdbc, "Begun", false, null,
				org.smrdesk.TestData.department(this.jdbc, "Begun Dept"));
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().minus(Duration.ofMinutes(5)), 5);
		CurrentUser person = TrainingFixtures.person(this.jdbc, Role.STAFF, "Begun Dept");

		assertThatExceptionOfType(RuleException.class).isThrownBy(() -> this.enrolments.enrol(session, person))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("training.enrol.started"));
	}

	private String status(long session, CurrentUser person) {
		return this.jdbc.queryForObject("select status from training_enrolments where session_id = ? and user_id = ?",
				String.class, session, person.id());
	}

	private static <T> List<T> raceAll(List<CurrentUser> people, java.util.function.Function<CurrentUser, T> action)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(people.size());
		CountDownLatch ready = new CountDownLatch(people.size());
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (CurrentUser person : people) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return action.apply(person);
				}));
			}
			ready.await(30, TimeUnit.SECONDS);
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
