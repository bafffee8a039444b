package org.smrdesk.goal;

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
class ActivityMetric extends SqlMetric {

	ActivityMetric(MetricSql sql) {
		super(sql, "activities", MetricUnit.COUNT, Set.of(MetricFilter.DEPARTMENT, MetricFilter.SERVICE),
				variants(List.of("ALL"), ActivityKind.values()));
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
