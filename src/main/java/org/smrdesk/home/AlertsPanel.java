package org.smrdesk.home;

import java.util.List;

import org.smrdesk.core.AlertSource;
import org.smrdesk.core.AlertSource.Alert;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The dashboard's alerts, right under the goals: what needs attention now (spikes,
 * failing sources, overdue follow-ups, reviews waiting), gathered from every
 * {@link AlertSource} in their order. Alerts are read fresh on every view (never kept
 * like company figures) and do not depend on the period.
 */
@Component
@Order(2)
class AlertsPanel implements HomePanel {

	private final List<AlertSource> sources;

	AlertsPanel(List<AlertSource> sources) {
		this.sources = sources;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public String fragment() {
		return "home/panels :: alerts";
	}

	@Override
	public Object load(CurrentUser user) {
		return this.sources.stream().flatMap((source) -> source.alerts(user).stream()).toList();
	}

}
