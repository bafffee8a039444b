package org.smrdesk.user;

import java.util.List;
import java.util.Map;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers: departments with their head counts and how many of their
 * people have an account.
 */
@Component
@Order(900)
class TeamPanel implements HomePanel {

	private final DepartmentService departments;

	private final CompanyFigures figures;

	TeamPanel(DepartmentService departments, CompanyFigures figures) {
		this.departments = departments;
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
		return "users/panels :: team";
	}

	@Override
	public Object load(CurrentUser user) {
		return this.figures.get("user.team", this::rows);
	}

	private List<Row> rows() {
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
