package org.smrdesk.activity;

import java.util.List;

import org.smrdesk.channel.ServiceActivitySource;

import org.springframework.stereotype.Component;

/**
 * On a service's page: the recent activities on it.
 */
@Component
class ActivityServiceActivity implements ServiceActivitySource {

	private final ActivityService activities;

	ActivityServiceActivity(ActivityService activities) {
		this.activities = activities;
	}

	@Override
	public List<Entry> recentOn(Long serviceId, int limit) {
		return this.activities.recentOnService(serviceId, limit)
			.stream()
			.map((a) -> new Entry(a.getId(), a.getTitle(), a.getActivityDate(), a.getDepartment().getName(),
					a.getOwner().getDisplayName()))
			.toList();
	}

}
