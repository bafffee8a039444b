package org.smrdesk.training;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.CompanyWidePanel;
import org.smrdesk.core.DashboardPeriod;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Training coverage" on the lead's and managers' home pages: per department, trained ÷
 * head count, in two queries; the detail and the gap list are one click away.
 */
@Component
@Order(500)
class CoveragePanel extends CompanyWidePanel {

	private final CoverageService coverage;

	CoveragePanel(CoverageService coverage, CompanyFigures figures) {
		super(figures, "trainings/panels :: coverage", DashboardPeriod.YEAR);
		this.coverage = coverage;
	}

	@Override
	protected String key(DashboardPeriod period) {
		return "training.coverage";
	}

	@Override
	protected Object compute(CurrentUser reader, DashboardPeriod period) {
		return this.coverage.summary();
	}

}
