package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Share of voice: mentions of brand and product queries as a percentage of those and the
 * competitors' together. Nothing counted on either side means no data (never a division
 * by zero).
 */
@Component
@Order(90)
class ShareOfVoiceMetric extends SqlMetric {

	ShareOfVoiceMetric(MetricSql sql) {
		super(sql, "share-of-voice", MetricUnit.PERCENT, Set.of(), List.of("BRAND"));
	}

	@Override
	public Query query(String variant) {
		return Query.of("""
				select 100.0 * sum(c.mentions) filter (where mq.kind in ('BRAND', 'PRODUCT'))
				  / nullif(sum(c.mentions) filter (where mq.kind in ('BRAND', 'PRODUCT', 'COMPETITOR')), 0)
				from mention_daily_counts c join monitoring_queries mq on mq.id = c.query_id
				where c.day >= w.f and c.day < w.t and c.source_id = 0""");
	}

}
