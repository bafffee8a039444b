package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Coverage won: mentions found in the period whose author is a tracked contact (by name
 * or one of the contact's handles), erased contacts excepted.
 */
@Component
@Order(100)
class ContactMentionMetric implements Metric {

	private final MetricSql sql;

	ContactMentionMetric(MetricSql sql) {
		this.sql = sql;
	}

	@Override
	public String family() {
		return "contact-mentions";
	}

	@Override
	public List<String> variants() {
		return List.of("ALL");
	}

	@Override
	public Set<MetricFilter> filters() {
		return Set.of();
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
		return this.sql.perWindow("""
				select count(*) from mentions m
				where m.fetched_at >= w.fi and m.fetched_at < w.ti and m.author is not null
				and exists (select 1 from contacts ct where ct.erased_at is null and (lower(ct.name) = lower(m.author)
				  or position(lower(ltrim(m.author, '@')) in lower(coalesce(ct.handles, ''))) > 0))""", windows);
	}

}
