package org.smrdesk.incident;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The owner's home page: my open follow-ups from post-incident reviews, soonest due
 * first, with buttons to mark them done or drop them.
 */
@Component
@Order(96)
class FollowUpPanel implements HomePanel {

	static final int LIMIT = 10;

	private final FollowUpService followUps;

	FollowUpPanel(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return true;
	}

	@Override
	public String fragment() {
		return "incidents/panels :: myFollowUps";
	}

	@Override
	public Object load(CurrentUser user) {
		return this.followUps.home(user, LIMIT);
	}

}
