package org.smrdesk.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.DashboardPeriod;
import org.smrdesk.core.CompanyWidePanel;
import org.smrdesk.user.DepartmentService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers: activity this month by department, as a bar chart with a
 * plain table beside it (the fallback without JavaScript, and for screen readers).
 */
@Component
@Order(200)
class ActivityPanel extends CompanyWidePanel {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ActivityService activities;

	private final DepartmentService departments;

	ActivityPanel(ActivityService activities, DepartmentService departments, CompanyFigures figures) {
		super(figures, "activities/panels :: month", DashboardPeriod.MONTH);
		this.activities = activities;
		this.departments = departments;
	}

	@Override
	protected String key(DashboardPeriod period) {
		return "activity." + period;
	}

	@Override
	protected Month compute(CurrentUser reader, DashboardPeriod period) {
		LocalDate firstOfMonth = period.start(this.activities.today());
		Map<Long, Long> counts = this.activities.countByDepartmentSince(firstOfMonth);
		List<Row> rows = this.departments.all()
			.stream()
			.map((d) -> new Row(d.getId(), d.getName(), counts.getOrDefault(d.getId(), 0L)))
			.toList();
		return new Month(firstOfMonth, rows, rows.stream().mapToLong(Row::activities).sum());
	}

	/**
	 * The panel's data.
	 *
	 * @param since the first day of the dashboard's period
	 * @param rows one per department, by name
	 * @param total all activities of the month
	 */
	record Month(LocalDate since, List<Row> rows, long total) {

		/**
		 * The department names as a JSON array, for the chart's data attribute.
		 * @return the JSON text
		 */
		public String labelsJson() {
			return JSON.writeValueAsString(this.rows.stream().map(Row::name).toList());
		}

		/**
		 * The counts as a JSON array, for the chart's data attribute.
		 * @return the JSON text
		 */
		public String valuesJson() {
			return JSON.writeValueAsString(this.rows.stream().map(Row::activities).toList());
		}

	}

	/**
	 * A department's line.
	 *
	 * @param id the department's id
	 * @param name its name
	 * @param activities its activities in the period (not cancelled)
	 */
	record Row(Long id, String name, long activities) {
	}

}
