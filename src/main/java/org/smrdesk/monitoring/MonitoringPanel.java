package org.smrdesk.monitoring;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

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
	public boolean companyWide() {
		return true;
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
		return this.figures.get("monitoring.panel." + days, () -> Data.of(this.volume.volume(days), days));
	}

	/**
	 * What the panel shows, kept with the figures: the chart's series and the table's
	 * rows are made text once when the figure is computed, not on every view (a year is
	 * 365 days: read property by property, they were most of the home page's rendering).
	 *
	 * @param volume the volume figures
	 * @param days over how many days
	 * @param labels the days, comma-separated, for the chart
	 * @param values the mentions per day, comma-separated
	 * @param previous the mentions of the same days a year before, comma-separated
	 * @param rows the table's rows: day, mentions, mentions a year before
	 */
	public record Data(VolumeService.Volume volume, int days, String labels, String values, String previous,
			List<String[]> rows) {

		static Data of(VolumeService.Volume volume, int days) {
			List<VolumeService.Day> series = volume.days();
			List<String[]> rows = series.stream()
				.map((day) -> new String[] { day.day().toString(), String.valueOf(day.mentions()),
						String.valueOf(day.yearBefore()) })
				.toList();
			return new Data(volume, days, join(series, VolumeService.Day::day),
					join(series, VolumeService.Day::mentions), join(series, VolumeService.Day::yearBefore), rows);
		}

		private static String join(List<VolumeService.Day> series, Function<VolumeService.Day, Object> value) {
			return series.stream().map((day) -> String.valueOf(value.apply(day))).collect(Collectors.joining(","));
		}

	}

}
