package org.smrdesk.monitoring;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.DashboardPeriod;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the lead's and managers' home page: the mention trend over the dashboard's period
 * against the same days a year before (a chart with a table fallback), linking to the
 * mentions behind it.
 */
@Component
@Order(25)
class MonitoringPanel implements HomePanel {

	private final VolumeService volume;

	private final CompanyFigures figures;

	MonitoringPanel(VolumeService volume, CompanyFigures figures) {
		this.volume = volume;
		this.figures = figures;
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
		return load(user, DashboardPeriod.YEAR);
	}

	/**
	 * The mention trend over the dashboard's period (the last 30, 90 or 365 days) against
	 * the same days a year before: company-wide, kept a minute. Spike alerts and failing
	 * sources are in the alerts panel ({@link MonitoringAlertSource}).
	 */
	@Override
	public Object load(CurrentUser user, DashboardPeriod period) {
		int days = switch (period) {
			case MONTH -> 30;
			case QUARTER -> 90;
			case YEAR -> 365;
		};
		return new Data(this.figures.get("monitoring.volume." + days, () -> this.volume.volume(days)), days);
	}

	/**
	 * What the panel shows.
	 *
	 * @param volume the volume figures
	 * @param days over how many days
	 */
	public record Data(VolumeService.Volume volume, int days) {
	}

}
