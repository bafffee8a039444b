package org.smrdesk.incident;

import java.time.LocalDate;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.stereotype.Component;

/**
 * The lead's dashboard: follow-ups past their due date, most overdue first, with their
 * owners.
 */
@Component
class OverdueFollowUpsPanel implements HomePanel {

	static final int LIMIT = 10;

	private final FollowUpService followUps;

	OverdueFollowUpsPanel(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public int order() {
		return 97;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead();
	}

	@Override
	public String fragment() {
		return "incidents/panels :: overdueFollowUps";
	}

	@Override
	public Object load(CurrentUser user) {
		return new FollowUpPanel.Data(this.followUps.overdue(LIMIT), this.followUps.today());
	}

}
