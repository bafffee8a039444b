package org.smrdesk.goal;

import java.time.LocalDate;
import java.util.List;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.DashboardPeriod;
import org.smrdesk.core.CompanyWidePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the top of the lead's and managers' dashboard: the goals running today within the
 * dashboard's period (this year: every goal running today; this quarter: the quarter's
 * and its months'; this month: the month's) with their progress, and links to the goals
 * of this year, quarter and month. Computing progress reads the history of every metric
 * in use, so the panel is kept a minute ({@link CompanyFigures}; the same for the lead
 * and every manager) and forgotten when a goal or a manual figure changes.
 */
@Component
@Order(1)
class GoalsPanel extends CompanyWidePanel {

	private final GoalService goals;

	GoalsPanel(GoalService goals, CompanyFigures figures) {
		super(figures, "goals/panels :: goals", DashboardPeriod.YEAR);
		this.goals = goals;
	}

	@Override
	protected String key(DashboardPeriod period) {
		return GoalService.FIGURES + period;
	}

	@Override
	protected Data compute(CurrentUser reader, DashboardPeriod period) {
		LocalDate today = this.goals.today();
		List<Period> periods = List.of(Period.year(today.getYear()), Period.quarterOf(today), Period.monthOf(today));
		Period selected = switch (period) {
			case YEAR -> periods.get(0);
			case QUARTER -> periods.get(1);
			case MONTH -> periods.get(2);
		};
		return new Data(this.goals.current(selected), periods, selected);
	}

	/**
	 * What the panel shows.
	 *
	 * @param goals the goals running today within the selected period
	 * @param periods the periods to link to
	 * @param selected the dashboard's period, for the link to its goals
	 */
	public record Data(List<Progress> goals, List<Period> periods, Period selected) {
	}

}
