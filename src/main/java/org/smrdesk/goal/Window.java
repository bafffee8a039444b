package org.smrdesk.goal;

import java.time.LocalDate;

/**
 * Days to measure a metric over (from inclusive, to exclusive, company calendar) and the
 * filters set.
 *
 * @param from the first day
 * @param to the day after the last
 * @param departmentId the department, or null
 * @param serviceId the social service, or null
 * @param queryId the monitoring query, or null
 */
public record Window(LocalDate from, LocalDate to, Long departmentId, Long serviceId, Long queryId) {

	public static Window of(Period period, Scope scope) {
		return new Window(period.start(), period.end(), scope.departmentId(), scope.serviceId(), scope.queryId());
	}

	/**
	 * The filters of a goal.
	 *
	 * @param departmentId the department, or null
	 * @param serviceId the social service, or null
	 * @param queryId the monitoring query, or null
	 */
	public record Scope(Long departmentId, Long serviceId, Long queryId) {

		public static final Scope NONE = new Scope(null, null, null);

	}

}
