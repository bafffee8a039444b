package org.smrdesk.monitoring;

import java.util.ArrayList;
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
 * against the same days a year before (a chart with a table fallback, by day for the
 * month, by week for the quarter and the year), linking to the mentions behind it.
 */
@Component
@Order(25)
class MonitoringPanel extends CompanyWidePanel {

	private static final int WEEK = 7;

	private final VolumeService volume;

	MonitoringPanel(VolumeService volume, CompanyFigures figures) {
		super(figures, "monitoring/panels :: monitoring", DashboardPeriod.YEAR);
		this.volume = volume;
	}

	/**
	 * The mention trend over the dashboard's period (the last 30 days by day, the last 13
	 * or 52 weeks by week) against the same days a year before: company-wide, kept a
	 * minute. Spike alerts and failing sources are in the alerts panel
	 * ({@link MonitoringAlertSource}).
	 */
	@Override
	protected String key(DashboardPeriod period) {
		return "monitoring.panel." + days(period);
	}

	@Override
	protected Data compute(CurrentUser reader, DashboardPeriod period) {
		int days = days(period);
		return Data.of(this.volume.volume(days), days, (period == DashboardPeriod.MONTH) ? 1 : WEEK);
	}

	/**
	 * Whole weeks for the quarter and the year, so that every point of their weekly trend
	 * is a full week.
	 */
	private static int days(DashboardPeriod period) {
		return switch (period) {
			case MONTH -> 30;
			case QUARTER -> 13 * WEEK;
			case YEAR -> 52 * WEEK;
		};
	}

	/**
	 * What the panel shows, kept with the figures: the chart's series and the table's
	 * rows are made text once when the figure is computed, not on every view. A dashboard
	 * shows a trend, not every day: the quarter and the year are summed by week (13 or 52
	 * points and rows instead of 91 or 364; the year's table and chart data were most of
	 * the lead's home page, 103 KB).
	 *
	 * @param volume the volume figures
	 * @param days over how many days
	 * @param weekly whether the points are weeks (else days)
	 * @param labels the first day of each point, comma-separated, for the chart
	 * @param values the mentions per point, comma-separated
	 * @param previous the mentions of the same days a year before, comma-separated
	 * @param rows the table's rows: first day, mentions, mentions a year before
	 */
	public record Data(VolumeService.Volume volume, int days, boolean weekly, String labels, String values,
			String previous, List<String[]> rows) {

		static Data of(VolumeService.Volume volume, int days, int daysPerPoint) {
			List<VolumeService.Day> series = volume.days();
			List<VolumeService.Day> points = new ArrayList<>();
			for (int i = 0; i < series.size(); i += daysPerPoint) {
				List<VolumeService.Day> part = series.subList(i, Math.min(series.size(), i + daysPerPoint));
				points.add(new VolumeService.Day(part.get(0).day(),
						part.stream().mapToInt(VolumeService.Day::mentions).sum(),
						part.stream().mapToInt(VolumeService.Day::yearBefore).sum()));
			}
			List<String[]> rows = points.stream()
				.map((day) -> new String[] { day.day().toString(), String.valueOf(day.mentions()),
						String.valueOf(day.yearBefore()) })
				.toList();
			return new Data(volume, days, daysPerPoint > 1, join(points, VolumeService.Day::day),
					join(points, VolumeService.Day::mentions), join(points, VolumeService.Day::yearBefore), rows);
		}

		private static String join(List<VolumeService.Day> series, Function<VolumeService.Day, Object> value) {
			return series.stream().map((day) -> String.valueOf(value.apply(day))).collect(Collectors.joining(","));
		}

	}

}
