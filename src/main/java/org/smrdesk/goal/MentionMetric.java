package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.smrdesk.monitoring.QueryKind;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Mentions found by monitoring, from the pre-aggregated daily counts: all, those of the
 * queries of one kind (a mention matching two such queries counts twice), or those of one
 * query.
 */
@Component
@Order(80)
class MentionMetric extends SqlMetric {

	MentionMetric(MetricSql sql) {
		super(sql, "mentions", MetricUnit.COUNT, Set.of(MetricFilter.QUERY),
				variants(List.of("ALL"), QueryKind.values()));
	}

	@Override
	public Query query(String variant) {
		return Query.of("""
				select coalesce(sum(c.mentions), 0) from mention_daily_counts c
				where c.day >= w.f and c.day < w.t and c.source_id = 0 and (
				  (w.q is not null and c.query_id = w.q)
				  or (w.q is null and ?::text = 'ALL' and c.query_id = 0)
				  or (w.q is null and ?::text <> 'ALL' and c.query_id in
				      (select mq.id from monitoring_queries mq where mq.kind = ?::text)))""", variant, variant,
				variant);
	}

}
