package org.smrdesk.policy;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers: the published policies least acknowledged (acknowledged ÷
 * expected), a bounded number of them whatever the number of policies.
 */
@Component
@Order(210)
class AcknowledgementRatesPanel implements HomePanel {

	static final int SHOWN = 8;

	private final AcknowledgementService acknowledgements;

	AcknowledgementRatesPanel(AcknowledgementService acknowledgements) {
		this.acknowledgements = acknowledgements;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public String fragment() {
		return "policies/panels :: rates";
	}

	@Override
	public Object load(CurrentUser user) {
		return this.acknowledgements.lowestCoverage(user, SHOWN);
	}

}
