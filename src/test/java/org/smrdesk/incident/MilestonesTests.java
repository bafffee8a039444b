package org.smrdesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smrdesk.incident.Milestones.Moment;

import static org.assertj.core.api.Assertions.assertThat;

class MilestonesTests {

	private static final Instant DETECTED = Instant.parse("2026-11-20T08:00:00Z");

	private static Moment status(IncidentStatus from, IncidentStatus to, String at) {
		return new Moment(TimelineEntryType.STATUS_CHANGE, from, to, Instant.parse(at));
	}

	private static Moment response(String at) {
		return new Moment(TimelineEntryType.RESPONSE_PUBLISHED, null, null, Instant.parse(at));
	}

	@Test
	void milestonesAreMeasuredFromDetection() {
		Milestones milestones = Milestones.of(DETECTED, IncidentStatus.RESOLVED,
				List.of(status(IncidentStatus.REPORTED, IncidentStatus.TRIAGE, "2026-11-20T08:35:00Z"),
						response("2026-11-20T13:30:00Z"),
						status(IncidentStatus.RESPONDING, IncidentStatus.RESOLVED, "2026-11-22T10:00:00Z")));
		assertThat(milestones.toTriage().duration()).isEqualTo(Duration.ofMinutes(35));
		assertThat(milestones.toFirstResponse().duration()).isEqualTo(Duration.ofHours(5).plusMinutes(30));
		assertThat(milestones.toResolution().duration()).isEqualTo(Duration.ofHours(50));
	}

	@Test
	void theFirstResponseCountsNotTheLatest() {
		Milestones milestones = Milestones.of(DETECTED, IncidentStatus.RESPONDING,
				List.of(response("2026-11-20T12:00:00Z"), response("2026-11-20T09:00:00Z")));
		assertThat(milestones.toFirstResponse().duration()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aReopenedIncidentIsResolvedWhenItWasLastResolved() {
		Milestones milestones = Milestones.of(DETECTED, IncidentStatus.REVIEWED,
				List.of(status(IncidentStatus.MONITORING, IncidentStatus.RESOLVED, "2026-11-21T08:00:00Z"),
						status(IncidentStatus.RESOLVED, IncidentStatus.RESPONDING, "2026-11-21T20:00:00Z"),
						status(IncidentStatus.RESPONDING, IncidentStatus.RESOLVED, "2026-11-23T08:00:00Z")));
		assertThat(milestones.toResolution().duration()).isEqualTo(Duration.ofDays(3));
	}

	@Test
	void anIncidentThatWasReopenedHasNoResolutionYet() {
		Milestones milestones = Milestones.of(DETECTED, IncidentStatus.RESPONDING,
				List.of(status(IncidentStatus.MONITORING, IncidentStatus.RESOLVED, "2026-11-21T08:00:00Z"),
						status(IncidentStatus.RESOLVED, IncidentStatus.RESPONDING, "2026-11-21T20:00:00Z")));
		assertThat(milestones.toResolution()).isNull();
	}

	@Test
	void missingMilestonesAreNull() {
		Milestones milestones = Milestones.of(DETECTED, IncidentStatus.REPORTED, List.of());
		assertThat(milestones.toTriage()).isNull();
		assertThat(milestones.toFirstResponse()).isNull();
		assertThat(milestones.toResolution()).isNull();
	}

	@Test
	void aResponseBeforeDetectionCountsAsImmediate() {
		Milestones milestones = Milestones.of(DETECTED, IncidentStatus.RESPONDING,
				List.of(response("2026-11-20T07:00:00Z")));
		assertThat(milestones.toFirstResponse().duration()).isZero();
	}

	@Test
	void elapsedTimeIsLabelledInTheLargestUsefulUnits() {
		Milestones.Elapsed days = Milestones.Elapsed.of(Duration.ofHours(52).plusMinutes(10));
		assertThat(days.key()).isEqualTo("incident.elapsed.days");
		assertThat(days.args()).containsExactly(2L, 4);
		Milestones.Elapsed hours = Milestones.Elapsed.of(Duration.ofMinutes(200));
		assertThat(hours.key()).isEqualTo("incident.elapsed.hours");
		assertThat(hours.args()).containsExactly(3, 20);
		Milestones.Elapsed minutes = Milestones.Elapsed.of(Duration.ofMinutes(45));
		assertThat(minutes.key()).isEqualTo("incident.elapsed.minutes");
		assertThat(minutes.args()).containsExactly(45);
	}

}
