package org.smrdesk.goal;

import java.util.ArrayList;
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
class OutreachMetric implements Metric {

	private final MetricSql sql;

	OutreachMetric(MetricSql sql) {
		this.sql = sql;
	}

	@Override
	public String family() {
		return "outreach";
	}

	@Override
	public List<String> variants() {
		List<String> variants = new ArrayList<>(List.of("ALL", "WITH_OUTCOME"));
		for (InteractionKind kind : InteractionKind.values()) {
			variants.add(kind.name());
		}
		return variants;
	}

	@Override
	public Set<MetricFilter> filters() {
		return Set.of(MetricFilter.DEPARTMENT);
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
		return Query
			.of("""
					select count(*) from interactions i left join users u on u.id = i.user_id
					where i.occurred_on >= w.f and i.occurred_on < w.t and (w.d is null or u.department_id = w.d)
					and (?::text = 'ALL' or (?::text = 'WITH_OUTCOME' and coalesce(i.outcome, '') <> '') or i.kind = ?::text)""",
					variant, variant, variant);
	}

}
