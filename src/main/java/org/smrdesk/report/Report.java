package org.smrdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.smrdesk.goal.GoalFormat;
import org.smrdesk.goal.Period;
import org.smrdesk.goal.Progress;

/**
 * One period's SMR report.
 *
 * @param period the period
 * @param goals the goals of the period with their progress
 * @param incidents incidents detected in the period with their milestones
 * @param mentions mention volume this period and the same period last year
 * @param spikes volume spikes raised in the period
 * @param activities activities by department and service
 * @param training training coverage by department
 * @param acknowledgements acknowledgement rates by policy at the period's end
 * @param renewals vendor renewals from the period's start to 60 days after its end
 */
public record Report(Period period, List<Progress> goals, List<IncidentLine> incidents, Volume mentions,
		List<Spike> spikes, List<ActivityLine> activities, List<Coverage> training, List<AckRate> acknowledgements,
		List<Renewal> renewals) {

	public long goalsMet() {
		return this.goals.stream().filter((g) -> switch (g.status()) {
			case ON_TRACK, ACHIEVED -> true;
			default -> false;
		}).count();
	}

	public long goalsAtRisk() {
		return this.goals.stream().filter(Progress::atRisk).count();
	}

	public int activityTotal() {
		return this.activities.stream().mapToInt(ActivityLine::count).sum();
	}

	/**
	 * An incident and how fast it was handled (hours from detection, null when not
	 * reached).
	 */
	public record IncidentLine(long id, String title, int severity, String status, Instant detectedAt,
			Double hoursToTriage, Double hoursToFirstResponse, Double hoursToResolution) {

		/**
		 * The incident's page.
		 * @return the path
		 */
		public String link() {
			return "/incidents/" + this.id;
		}

		/**
		 * Hours to triage as shown.
		 * @return the text, or null when not reached
		 */
		public String toTriage() {
			return GoalFormat.text(this.hoursToTriage, "HOURS");
		}

		/**
		 * Hours to the first response as shown.
		 * @return the text, or null when not reached
		 */
		public String toFirstResponse() {
			return GoalFormat.text(this.hoursToFirstResponse, "HOURS");
		}

		/**
		 * Hours to resolution as shown.
		 * @return the text, or null when not reached
		 */
		public String toResolution() {
			return GoalFormat.text(this.hoursToResolution, "HOURS");
		}

	}

	/** Mentions counted in the period and in the same period a year before. */
	public record Volume(long total, long lastYear) {
	}

	/** A volume spike alert. */
	public record Spike(LocalDate day, String query, int observed, double baseline, String state) {
	}

	/** Activities done or live of one department on one service. */
	public record ActivityLine(String department, String service, int count) {
	}

	/**
	 * People of a department who attended a session in the period, against its head
	 * count.
	 */
	public record Coverage(String department, int attended, int headCount) {

		public Integer percent() {
			return (this.headCount == 0) ? null : (int) Math.round(100.0 * this.attended / this.headCount);
		}

	}

	/**
	 * Of the staff a policy applies to, those who acknowledged its version current at the
	 * period's end.
	 */
	public record AckRate(String policy, int acknowledged, int expected) {

		public Integer percent() {
			return (this.expected == 0) ? null : (int) Math.round(100.0 * this.acknowledged / this.expected);
		}

	}

	/** A vendor contract renewing soon. */
	public record Renewal(String vendor, LocalDate renewalDate, LocalDate noticeBy) {
	}

}
