package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Figures the app cannot know (site traffic, inbound links, speaking engagements),
 * entered per month as data points and summed over the period. No data point in the
 * period means no data.
 */
@Component
@Order(110)
class ManualMetric extends SqlMetric {

	static final List<String> VARIANTS = List.of("TRAFFIC", "INBOUND_LINKS", "SPEAKING", "OTHER");

	ManualMetric(MetricSql sql) {
		super(sql, "manual", MetricUnit.NUMBER, Set.of(), VARIANTS);
	}

	@Override
	public Query query(String variant) {
		return Query.of("""
				select sum(p.value) from goal_data_points p
				where p.metric = ?::text and p.month >= w.f and p.month < w.t""", variant);
	}

}
