package org.smrdesk.goal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.Times;

import org.springframework.stereotype.Component;

/**
 * Computes goals' actuals, last year's values and trends: one SQL statement for all the
 * goals, whatever their number, metrics or months.
 */
@Component
class GoalMeasures {

	private final Metrics metrics;

	private final MetricSql sql;

	private final Times times;

	GoalMeasures(Metrics metrics, MetricSql sql, Times times) {
		this.metrics = metrics;
		this.sql = sql;
		this.times = times;
	}

	/**
	 * Today in the company's calendar (periods are the company's, whatever the user's
	 * zone).
	 * @return today
	 */
	LocalDate today() {
		return LocalDate.ofInstant(this.times.instant(), this.times.companyZone());
	}

	List<Progress> progress(List<Goal> goals, GoalNames.Names names) {
		Map<Goal, Metrics.Key> keys = new LinkedHashMap<>();
		for (Goal goal : goals) {
			Metrics.Key key = this.metrics.parse(goal.getMetric()).orElse(null);
			if (key != null) {
				keys.put(goal, key);
			}
		}
		Map<Goal, Double[]> figures = measureAll(goals, keys);
		LocalDate today = today();
		List<Progress> result = new ArrayList<>();
		for (Goal goal : goals) {
			Metrics.Key key = keys.get(goal);
			if (key == null) {
				continue;
			}
			Double[] f = figures.get(goal);
			double elapsed = goal.getPeriod().elapsed(today);
			double target = goal.getTarget().doubleValue();
			double expected = key.metric().cumulative() ? target * elapsed : target;
			result.add(new Progress(goal, key, f[0], f[1], expected, elapsed,
					Progress.judge(key.metric(), target, f[0], elapsed, !today.isBefore(goal.getPeriod().end())),
					names.of(goal.getScope())));
		}
		return result;
	}

	/**
	 * One statement for this year's and last year's windows of every goal, whatever their
	 * metrics: each distinct metric and variant in use is one branch of the statement.
	 */
	private Map<Goal, Double[]> measureAll(List<Goal> goals, Map<Goal, Metrics.Key> keys) {
		Map<String, Integer> index = new LinkedHashMap<>();
		List<Metric.Query> queries = new ArrayList<>();
		List<Window> windows = new ArrayList<>();
		List<Integer> which = new ArrayList<>();
		List<Goal> measured = new ArrayList<>();
		for (Goal g : goals) {
			Metrics.Key key = keys.get(g);
			if (key == null) {
				continue;
			}
			Integer i = index.get(key.key());
			if (i == null) {
				i = queries.size();
				index.put(key.key(), i);
				queries.add(key.metric().query(key.variant()));
			}
			windows.add(Window.of(g.getPeriod(), g.getScope()));
			windows.add(Window.of(g.getPeriod().yearBefore(), g.getScope()));
			which.add(i);
			which.add(i);
			measured.add(g);
		}
		List<Double> values = this.sql.perWindow(queries, windows, which);
		Map<Goal, Double[]> figures = new LinkedHashMap<>();
		for (int i = 0; i < measured.size(); i++) {
			figures.put(measured.get(i), new Double[] { values.get(2 * i), values.get(2 * i + 1) });
		}
		return figures;
	}

	Trend trend(Metrics.Key key, int year, Window.Scope scope, String scopeName) {
		List<Window> windows = new ArrayList<>();
		List<YearMonth> months = Period.year(year).months();
		for (YearMonth m : months) {
			windows.add(new Window(m.atDay(1), m.plusMonths(1).atDay(1), scope.departmentId(), scope.serviceId(),
					scope.queryId()));
		}
		for (YearMonth m : months) {
			YearMonth before = m.minusYears(1);
			windows.add(new Window(before.atDay(1), before.plusMonths(1).atDay(1), scope.departmentId(),
					scope.serviceId(), scope.queryId()));
		}
		List<Double> values = key.metric().measure(key.variant(), windows);
		YearMonth now = YearMonth.from(today());
		List<Trend.Month> result = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			Double value = months.get(i).isAfter(now) ? null : values.get(i);
			result.add(new Trend.Month(months.get(i), value, values.get(i + months.size())));
		}
		return new Trend(key, year, result, scopeName);
	}

}
