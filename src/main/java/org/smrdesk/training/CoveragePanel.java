package org.smrdesk.training;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.stereotype.Component;

/**
 * "Training coverage" on the lead's and managers' home pages: per department, trained ÷
 * head count and who still lacks a required training.
 */
@Component
class CoveragePanel implements HomePanel {

	private final CoverageService coverage;

	CoveragePanel(CoverageService coverage) {
		this.coverage = coverage;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public String fragment() {
		return "trainings/panels :: coverage";
	}

	@Override
	public Object load(CurrentUser user) {
		return new Overview(this.coverage.byDepartment(), this.coverage.serviceGaps().size());
	}

	/**
	 * What the panel shows.
	 *
	 * @param lines coverage per department
	 * @param serviceGaps how many (department, service) pairs have activity and nobody
	 * trained
	 */
	record Overview(java.util.List<CoverageCalculator.DepartmentCoverage> lines, int serviceGaps) {
	}

}
