package org.smrdesk.policy;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For staff: "policies waiting for you", the published policies of their department they
 * have not acknowledged yet: the oldest few, and how many more wait (one statement,
 * whatever the number of policies).
 */
@Component
@Order(203)
class WaitingPoliciesPanel implements HomePanel {

	static final int SHOWN = 8;

	private final AcknowledgementService acknowledgements;

	WaitingPoliciesPanel(AcknowledgementService acknowledgements) {
		this.acknowledgements = acknowledgements;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isStaff();
	}

	@Override
	public String fragment() {
		return "policies/panels :: waiting";
	}

	@Override
	public Object load(CurrentUser user) {
		return this.acknowledgements.waitingFor(user, SHOWN);
	}

}
