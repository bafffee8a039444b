package org.smrdesk.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;
import org.smrdesk.user.DepartmentService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers: activity this month by department, as a bar chart with a
 * plain table beside it (the fallback without JavaScript, and for screen readers).
 */
@Component
@Order(200)
class ActivityPanel implements HomePanel {

	private final ActivityService activities;

	private final DepartmentService departments;

	ActivityPanel(ActivityService activities, DepartmentService departments) {
		this.activities = activities;
		this.departments = departments;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public String fragment() {
		return "activities/panels :: month";
	}

	@Override
	public Object load(CurrentUser user) {
		LocalDate firstOfMonth = this.activities.today().withDayOfMonth(1);
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
	 * @param since the first day of the month
	 * @param rows one per department, by name
	 * @param total all activities of the month
	 */
	record Month(LocalDate since, List<Row> rows, long total) {

		/**
		 * The department names as a JSON array, for the chart's data attribute.
		 * @return the JSON text
		 */
		public String labelsJson() {
			return this.rows.stream().map((r) -> json(r.name())).collect(Collectors.joining(",", "[", "]"));
		}

		/**
		 * The counts as a JSON array, for the chart's data attribute.
		 * @return the JSON text
		 */
		public String valuesJson() {
			return this.rows.stream()
				.map((r) -> Long.toString(r.activities()))
				.collect(Collectors.joining(",", "[", "]"));
		}

		static String json(String text) {
			StringBuilder out = new StringBuilder("\"");
			for (char c : text.toCharArray()) {
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					default -> {
						if (c < 0x20) {
							out.append(String.format("\\u%04x", (int) c));
						}
						else {
							out.append(c);
						}
					}
				}
			}
			return out.append('"').toString();
		}

	}

	/**
	 * A department's line.
	 *
	 * @param id the department's id
	 * @param name its name
	 * @param activities its activities this month (not cancelled)
	 */
	record Row(Long id, String name, long activities) {
	}

}
