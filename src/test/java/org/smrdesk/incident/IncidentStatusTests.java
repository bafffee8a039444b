package org.smrdesk.incident;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentStatusTests {

	@Test
	void anIncidentGoesForwardThroughTheWorkflow() {
		assertThat(IncidentStatus.REPORTED.canMoveTo(IncidentStatus.TRIAGE)).isTrue();
		assertThat(IncidentStatus.TRIAGE.canMoveTo(IncidentStatus.RESPONDING)).isTrue();
		assertThat(IncidentStatus.RESPONDING.canMoveTo(IncidentStatus.MONITORING)).isTrue();
		assertThat(IncidentStatus.MONITORING.canMoveTo(IncidentStatus.RESOLVED)).isTrue();
	}

	@Test
	void aFlareUpSendsAMonitoredOrResolvedIncidentBackToResponding() {
		assertThat(IncidentStatus.MONITORING.canMoveTo(IncidentStatus.RESPONDING)).isTrue();
		assertThat(IncidentStatus.RESOLVED.canMoveTo(IncidentStatus.RESPONDING)).isTrue();
	}

	@Test
	void aReportedIncidentCannotSkipTriage() {
		assertThat(IncidentStatus.REPORTED.next()).containsExactly(IncidentStatus.TRIAGE);
		assertThat(IncidentStatus.REPORTED.canMoveTo(IncidentStatus.RESOLVED)).isFalse();
	}

	@Test
	void reviewedIsReachedOnlyBySignOffAndIsFinal() {
		for (IncidentStatus status : IncidentStatus.values()) {
			assertThat(status.canMoveTo(IncidentStatus.REVIEWED)).as(status.name()).isFalse();
		}
		assertThat(IncidentStatus.REVIEWED.next()).isEmpty();
	}

	@Test
	void nothingMovesBackToReportedOrStaysWhereItIs() {
		for (IncidentStatus status : IncidentStatus.values()) {
			assertThat(status.canMoveTo(IncidentStatus.REPORTED)).as(status.name()).isFalse();
			assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
		}
	}

	@Test
	void openMeansNeitherResolvedNorReviewed() {
		assertThat(IncidentStatus.open()).isEqualTo(EnumSet.of(IncidentStatus.REPORTED, IncidentStatus.TRIAGE,
				IncidentStatus.RESPONDING, IncidentStatus.MONITORING));
		assertThat(IncidentStatus.RESOLVED.isOpen()).isFalse();
	}

	@Test
	void severitiesOneAndTwoAreCrises() {
		assertThat(Severity.CRISIS.isCrisis()).isTrue();
		assertThat(Severity.MAJOR.isCrisis()).isTrue();
		assertThat(Severity.MODERATE.isCrisis()).isFalse();
		assertThat(Severity.of(4)).isEqualTo(Severity.MINOR);
	}

}
