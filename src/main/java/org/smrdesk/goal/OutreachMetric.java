package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.smrdesk.contact.InteractionKind;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outreach: interactions with contacts (all, of one kind, or those with an outcome
 * recorded), by the department of the colleague who logged them.
 */
@Component
@Order(30)
class OutreachMetric extends SqlMetric {

	OutreachMetric(MetricSql sql) {
		super(sql, "outreach", MetricUnit.COUNT, Set.of(MetricFilter.DEPARTMENT),
				variants(List.of("ALL", "WITH_OUTCOME"), InteractionKind.values()));
	}

	@Override
	public Query query(String variant) {
		return Query
			.of("""
					select count(*) from interactions i left join users u on u.id = i.user_id
					where i.occurred_on >= w.f and i.occurred_on < w.t and (w.d is null or u.department_id = w.d)
					and (?::text = 'ALL' or (?::text = 'WITH_OUTCOME' and coalesce(i.outcome, '') <> '') or i.kind = ?::text)""",
					variant, variant, variant);
	}

}
