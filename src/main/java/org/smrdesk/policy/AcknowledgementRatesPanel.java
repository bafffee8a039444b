package org.smrdesk.policy;

import org.smrdesk.core.CompanyFigures;
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

	private final CompanyFigures figures;

	AcknowledgementRatesPanel(AcknowledgementService acknowledgements, CompanyFigures figures) {
		this.acknowledgements = acknowledgements;
		this.figures = figures;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public boolean companyWide() {
		return true;
	}

	@Override
	public String fragment() {
		return "policies/panels :: rates";
	}

	@Override
	public Object load(CurrentUser user) {
		// company-wide (not scoped by department): the same for the lead and every
		// manager; the service checks the reader first
		this.acknowledgements.requireOverseer(user);
		return this.figures.get("policy.lowest-coverage", () -> this.acknowledgements.lowestCoverage(user, SHOWN));
	}

}
