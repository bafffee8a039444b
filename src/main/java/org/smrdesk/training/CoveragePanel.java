package org.smrdesk.training;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Training coverage" on the lead's and managers' home pages: per department, trained ÷
 * head count, in two queries; the detail and the gap list are one click away.
 */
@Component
@Order(500)
class CoveragePanel implements HomePanel {

	private final CoverageService coverage;

	private final CompanyFigures figures;

	CoveragePanel(CoverageService coverage, CompanyFigures figures) {
		this.coverage = coverage;
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
		return "trainings/panels :: coverage";
	}

	@Override
	public Object load(CurrentUser user) {
		// company-wide: the same for the lead and every manager
		return this.figures.get("training.coverage", this.coverage::summary);
	}

}
