package org.smrdesk.policy;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.CompanyWidePanel;
import org.smrdesk.core.DashboardPeriod;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers: the published policies least acknowledged (acknowledged ÷
 * expected), a bounded number of them whatever the number of policies.
 */
@Component
@Order(210)
class AcknowledgementRatesPanel extends CompanyWidePanel {

	static final int SHOWN = 8;

	private final AcknowledgementService acknowledgements;

	AcknowledgementRatesPanel(AcknowledgementService acknowledgements, CompanyFigures figures) {
		super(figures, "policies/panels :: rates", DashboardPeriod.YEAR);
		this.acknowledgements = acknowledgements;
	}

	@Override
	public Object load(CurrentUser user, DashboardPeriod period) {
		// company-wide (not scoped by department): the same for the lead and every
		// manager; the service checks the reader first
		this.acknowledgements.requireOverseer(user);
		return super.load(user, period);
	}

	@Override
	protected String key(DashboardPeriod period) {
		return "policy.lowest-coverage";
	}

	@Override
	protected Object compute(CurrentUser reader, DashboardPeriod period) {
		return this.acknowledgements.lowestCoverage(reader, SHOWN);
	}

}
