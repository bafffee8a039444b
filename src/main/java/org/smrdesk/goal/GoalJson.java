package org.smrdesk.goal;

import java.math.BigDecimal;

/**
 * A goal as JSON, with its actual and last year's value (null for no data).
 *
 * @param id the id
 * @param version the version (send it back on PUT)
 * @param metric the metric key ({@code activities:POST})
 * @param unit COUNT, PERCENT, HOURS or NUMBER
 * @param period the period ({@code 2026-Q3})
 * @param target the target
 * @param departmentId the department, or null
 * @param serviceId the social service, or null
 * @param queryId the monitoring query, or null
 * @param scope the name of the department, service or query, or null
 * @param note the note
 * @param actual the figure so far, or null for no data
 * @param lastYear the figure for the same period last year, or null for no data
 * @param expected the figure due by today pro rata (counts), else the target
 * @param percent the actual as a percentage of the target, or null
 * @param status ON_TRACK, AT_RISK, ACHIEVED, MISSED, NO_DATA or NOT_STARTED
 */
public record GoalJson(Long id, long version, String metric, String unit, String period, BigDecimal target,
		Long departmentId, Long serviceId, Long queryId, String scope, String note, Double actual, Double lastYear,
		double expected, Integer percent, GoalStatus status) {

	public static GoalJson of(Progress p) {
		Goal g = p.goal();
		return new GoalJson(g.getId(), g.getVersion(), g.getMetric(), p.key().unit(), g.getPeriod().toString(),
				g.getTarget(), g.getDepartmentId(), g.getServiceId(), g.getQueryId(), p.scopeName(), g.getNote(),
				p.actual(), p.lastYear(), p.expected(), p.percent(), p.status());
	}

}
