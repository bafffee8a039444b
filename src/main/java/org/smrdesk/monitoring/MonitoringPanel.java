package org.smrdesk.monitoring;

import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the lead's and managers' home page: mention volume over 90 days against the year
 * before (a chart with a table fallback), open spike alerts and failing sources.
 */
@Component
@Order(25)
class MonitoringPanel implements HomePanel {

	private final VolumeService volume;

	private final AlertService alerts;

	private final MonitoringService monitoring;

	MonitoringPanel(VolumeService volume, AlertService alerts, MonitoringService monitoring) {
		this.volume = volume;
		this.alerts = alerts;
		this.monitoring = monitoring;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public String fragment() {
		return "monitoring/panels :: monitoring";
	}

	@Override
	public Object load(CurrentUser user) {
		return new Data(this.volume.volume(90), this.alerts.open(5), this.monitoring.unhealthySources(5));
	}

	/**
	 * What the panel shows.
	 *
	 * @param volume the volume figures
	 * @param alerts the open alerts
	 * @param failing the failing or disabled sources
	 */
	public record Data(VolumeService.Volume volume, List<Alert> alerts, List<Source> failing) {
	}

}
