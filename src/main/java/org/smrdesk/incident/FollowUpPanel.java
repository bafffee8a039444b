package org.smrdesk.incident;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.stereotype.Component;

/**
 * The owner's home page: my open follow-ups from post-incident reviews, soonest due
 * first, with buttons to mark them done or drop them.
 */
@Component
class FollowUpPanel implements HomePanel {

	static final int LIMIT = 10;

	private final FollowUpService followUps;

	FollowUpPanel(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public int order() {
		return 96;
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
