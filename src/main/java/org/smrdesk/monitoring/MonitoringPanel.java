package org.smrdesk.monitoring;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.DashboardPeriod;
import org.smrdesk.core.CompanyWidePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the lead's and managers' home page: the mention trend over the dashboard's period
 * against the same days a year before (a chart with a table fallback), linking to the
 * mentions behind it.
 */
@Component
@Order(25)
class MonitoringPanel extends CompanyWidePanel {

	private final VolumeService volume;

	MonitoringPanel(VolumeService volume, CompanyFigures figures) {
		super(figures, "monitoring/panels :: monitoring", DashboardPeriod.YEAR);
		this.volume = volume;
	}

	/**
	 * The mention trend over the dashboard's period (the last 30, 90 or 365 days) against
	 * the same days a year before: company-wide, kept a minute. Spike alerts and failing
	 * sources are in the alerts panel ({@link MonitoringAlertSource}).
	 */
	@Override
	protected String key(DashboardPeriod period) {
		return "monitoring.panel." + days(period);
	}

	@Override
	protected Data compute(CurrentUser reader, DashboardPeriod period) {
		int days = days(period);
		return Data.of(this.volume.volume(days), days);
	}

	private static int days(DashboardPeriod period) {
		return switch (period) {
			case MONTH -> 30;
			case QUARTER -> 90;
			case YEAR -> 365;
		};
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
