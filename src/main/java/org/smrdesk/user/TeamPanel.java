package org.smrdesk.user;

import java.util.List;
import java.util.Map;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.CompanyWidePanel;
import org.smrdesk.core.DashboardPeriod;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers: departments with their head counts and how many of their
 * people have an account.
 */
@Component
@Order(900)
class TeamPanel extends CompanyWidePanel {

	private final DepartmentService departments;

	TeamPanel(DepartmentService departments, CompanyFigures figures) {
		super(figures, "users/panels :: team", DashboardPeriod.YEAR);
		this.departments = departments;
	}

	@Override
	protected String key(DashboardPeriod period) {
		return "user.team";
	}

	@Override
	protected List<Row> compute(CurrentUser reader, DashboardPeriod period) {
		Map<Long, Long> counts = this.departments.activeUserCounts();
		return this.departments.all()
			.stream()
			.map((department) -> new Row(department.getId(), department.getName(), department.getHeadCount(),
					counts.getOrDefault(department.getId(), 0L)))
			.toList();
	}

	/**
	 * One department's line.
	 *
	 * @param id the department's id
	 * @param name its name
	 * @param headCount its head count
	 * @param users its active users
	 */
	record Row(Long id, String name, int headCount, long users) {
	}

}
