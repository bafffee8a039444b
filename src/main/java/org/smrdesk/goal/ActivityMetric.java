package org.smrdesk.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.smrdesk.activity.ActivityKind;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Activities done or live, all or of one kind, by activity date; per department or
 * service.
 */
@Component
@Order(10)
class ActivityMetric implements Metric {

	private final MetricSql sql;

	ActivityMetric(MetricSql sql) {
		this.sql = sql;
	}

	@Override
	public String family() {
		return "activities";
	}

	@Override
	public List<String> variants() {
		List<String> variants = new ArrayList<>(List.of("ALL"));
		for (ActivityKind kind : ActivityKind.values()) {
			variants.add(kind.name());
		}
		return variants;
	}

	@Override
	public Set<MetricFilter> filters() {
		return Set.of(MetricFilter.DEPARTMENT, MetricFilter.SERVICE);
	}

	@Override
	public boolean cumulative() {
		return true;
	}

	@Override
	public MetricUnit unit() {
		return MetricUnit.COUNT;
	}

	@Override
	public List<Double> measure(String variant, List<Window> windows) {
		return this.sql.perWindow(query(variant), windows);
	}

	@Override
	public Query query(String variant) {
		return Query.of("""
				select count(*) from activities a
				where a.activity_date >= w.f and a.activity_date < w.t and a.status in ('LIVE', 'DONE')
				and (w.d is null or a.department_id = w.d) and (w.s is null or a.service_id = w.s)
				and (?::text = 'ALL' or a.kind = ?::text)""", variant, variant);
	}

}
