package org.smrdesk.goal;

/**
 * A goal with its actual, last year's value for the same period, and where it stands.
 *
 * @param goal the goal
 * @param key its metric
 * @param actual the figure so far, or null for no data
 * @param lastYear the figure for the same period a year before, or null for no data
 * @param expected the figure due by today pro rata (counts only), else the target
 * @param elapsed the share of the period elapsed (0–1)
 * @param status where it stands
 * @param scopeName the department, service or query it is for, or null
 */
public record Progress(Goal goal, Metrics.Key key, Double actual, Double lastYear, double expected, double elapsed,
		GoalStatus status, String scopeName) {

	/**
	 * The actual as a percentage of the target, or null for no data.
	 * @return the percentage
	 */
	public Integer percent() {
		if (this.actual == null) {
			return null;
		}
		return (int) Math.round(100 * this.actual / this.goal.getTarget().doubleValue());
	}

	/**
	 * The percentage for a progress bar, 0–100.
	 * @return the bar's width
	 */
	public int bar() {
		Integer percent = percent();
		return (percent == null) ? 0 : Math.max(0, Math.min(100, percent));
	}

	/**
	 * The goal's page, for the goals table's link.
	 * @return the path
	 */
	public String link() {
		return "/goals/" + this.goal.getId();
	}

	/**
	 * The target as shown, with its unit.
	 * @return the text
	 */
	public String targetText() {
		return GoalFormat.text(this.goal.getTarget().doubleValue(), this.key.unit());
	}

	/**
	 * The actual as shown, with its unit.
	 * @return the text, or null for no data
	 */
	public String actualText() {
		return GoalFormat.text(this.actual, this.key.unit());
	}

	/**
	 * Last year's figure as shown, with its unit.
	 * @return the text, or null for no data
	 */
	public String lastYearText() {
		return GoalFormat.text(this.lastYear, this.key.unit());
	}

	public boolean atRisk() {
		return this.status == GoalStatus.AT_RISK || this.status == GoalStatus.MISSED;
	}

	/**
	 * Judges a figure against a target.
	 * @param metric the metric
	 * @param target the target
	 * @param actual the figure, or null
	 * @param elapsed the share of the period elapsed (today counted)
	 * @param ended whether the period is over (today is after its last day)
	 * @return the status
	 */
	static GoalStatus judge(Metric metric, double target, Double actual, double elapsed, boolean ended) {
		if (elapsed <= 0) {
			return GoalStatus.NOT_STARTED;
		}
		if (actual == null) {
			return GoalStatus.NO_DATA;
		}
		boolean over = ended;
		double due = metric.cumulative() ? target * elapsed : target;
		if (metric.lowerIsBetter()) {
			if (actual > target) {
				return (over || metric.cumulative()) ? GoalStatus.MISSED : GoalStatus.AT_RISK;
			}
			if (over) {
				return GoalStatus.ACHIEVED;
			}
			return (actual <= due) ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
		}
		if (actual >= target) {
			return GoalStatus.ACHIEVED;
		}
		if (over) {
			return GoalStatus.MISSED;
		}
		return (actual >= due) ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
	}

}
