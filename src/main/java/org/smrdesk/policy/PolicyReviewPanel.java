package org.smrdesk.policy;

import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers (read-only): the policies longest due for review, a few of
 * them whatever the number of policies, and a link to all of them.
 */
@Component
@Order(202)
class PolicyReviewPanel implements HomePanel {

	static final int SHOWN = 5;

	private final PolicyService policies;

	PolicyReviewPanel(PolicyService policies) {
		this.policies = policies;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public String fragment() {
		return "policies/panels :: review";
	}

	@Override
	public Object load(CurrentUser user) {
		List<Policy> due = this.policies.dueForReview(SHOWN + 1);
		return new Due(due.subList(0, Math.min(SHOWN, due.size())), due.size() > SHOWN);
	}

	/**
	 * What the panel shows.
	 *
	 * @param policies the policies longest due for review, at most {@link #SHOWN}
	 * @param more whether more are due (the panel links to all of them)
	 */
	record Due(List<Policy> policies, boolean more) {
	}

}
