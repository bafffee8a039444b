package org.smrdesk.goal;

import java.util.Set;

import org.smrdesk.core.FieldException;

import org.springframework.stereotype.Component;

/**
 * The rules a goal must meet before it is stored: a known metric, a well-formed period
 * that has begun, a positive target, and at most one filter the metric can be narrowed
 * by, naming a department, service or query that exists.
 */
@Component
class GoalRules {

	private final Metrics metrics;

	private final GoalMeasures measures;

	private final GoalNames names;

	GoalRules(Metrics metrics, GoalMeasures measures, GoalNames names) {
		this.metrics = metrics;
		this.measures = measures;
		this.names = names;
	}

	/**
	 * Checks a goal's metric, period, target and filter.
	 * @param form the goal as entered
	 * @return the metric, period and filter read from it
	 * @throws FieldException beside the field that is wrong
	 */
	Checked check(GoalForm form) {
		Metrics.Key key = this.metrics.parse(form.getMetric())
			.orElseThrow(() -> new FieldException("metric", "goal.metric.unknown"));
		Period period = Period.parse(form.getPeriod())
			.orElseThrow(() -> new FieldException("period", "goal.period.malformed"));
		if (period.isFuture(this.measures.today())) {
			throw new FieldException("period", "goal.period.future");
		}
		if (form.getTarget() == null || form.getTarget().signum() <= 0) {
			throw new FieldException("target", "goal.target.positive");
		}
		Window.Scope scope = new Window.Scope(form.getDepartmentId(), form.getServiceId(), form.getQueryId());
		checkFits(key, scope);
		GoalNames.Names known = this.names.load();
		if ((scope.departmentId() != null && !known.departments().containsKey(scope.departmentId()))
				|| (scope.serviceId() != null && !known.services().containsKey(scope.serviceId()))
				|| (scope.queryId() != null && !known.queries().containsKey(scope.queryId()))) {
			throw new FieldException(field(scope), "goal.filter.unknown");
		}
		return new Checked(key, period, scope);
	}

	/**
	 * Refuses a filter the metric cannot be narrowed by, or more than one filter.
	 */
	static void checkFits(Metrics.Key key, Window.Scope scope) {
		int set = (scope.departmentId() != null ? 1 : 0) + (scope.serviceId() != null ? 1 : 0)
				+ (scope.queryId() != null ? 1 : 0);
		if (set > 1) {
			throw new FieldException(field(scope), "goal.filter.one");
		}
		Set<MetricFilter> allowed = key.metric().filters();
		if ((scope.departmentId() != null && !allowed.contains(MetricFilter.DEPARTMENT))
				|| (scope.serviceId() != null && !allowed.contains(MetricFilter.SERVICE))
				|| (scope.queryId() != null && !allowed.contains(MetricFilter.QUERY))
				|| (scope.queryId() != null && !"ALL".equals(key.variant()))) {
			throw new FieldException(field(scope), "goal.filter.unfit");
		}
	}

	private static String field(Window.Scope scope) {
		if (scope.departmentId() != null) {
			return "departmentId";
		}
		return (scope.serviceId() != null) ? "serviceId" : "queryId";
	}

	/**
	 * A goal's metric, period and filter, checked.
	 *
	 * @param key the metric
	 * @param period the period
	 * @param scope the filter
	 */
	record Checked(Metrics.Key key, Period period, Window.Scope scope) {
	}

}
