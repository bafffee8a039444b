package org.smrdesk.policy;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers (read-only): policies due for review.
 */
@Component
@Order(202)
class PolicyReviewPanel implements HomePanel {

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
		return this.policies.dueForReview();
	}

}
