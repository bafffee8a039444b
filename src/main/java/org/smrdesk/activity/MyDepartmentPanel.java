package org.smrdesk.activity;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For staff ("My work"): their department's latest activities and the way to log one.
 */
@Component
@Order(201)
class MyDepartmentPanel implements HomePanel {

	private final ActivityService activities;

	MyDepartmentPanel(ActivityService activities) {
		this.activities = activities;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isStaff();
	}

	@Override
	public String fragment() {
		return "activities/panels :: department";
	}

	@Override
	public Object load(CurrentUser user) {
		return this.activities.recentInDepartment(user.departmentId(), 5);
	}

}
