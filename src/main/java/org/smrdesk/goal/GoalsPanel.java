package org.smrdesk.goal;

import java.time.LocalDate;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the top of the lead's and managers' dashboard: the goals running today with their
 * progress, and links to the goals of this year, quarter and month.
 */
@Component
@Order(1)
class GoalsPanel implements HomePanel {

	private final GoalService goals;

	GoalsPanel(GoalService goals) {
		this.goals = goals;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public String fragment() {
		return "goals/panels :: goals";
	}

	@Override
	public Object load(CurrentUser user) {
		LocalDate today = this.goals.today();
		return new Data(this.goals.current(),
				List.of(Period.year(today.getYear()), Period.quarterOf(today), Period.monthOf(today)));
	}

	/**
	 * What the panel shows.
	 *
	 * @param goals the goals running today
	 * @param periods the periods to link to
	 */
	public record Data(List<Progress> goals, List<Period> periods) {
	}

}
