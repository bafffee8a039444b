package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Coverage won: mentions found in the period whose author is a tracked contact (by name
 * or one of the contact's handles, with or without the {@code @}), erased contacts
 * excepted. The contacts' keys are hashed once per window; the mentions of the window are
 * read through the {@code fetched_at} index: no pre-aggregated count yet, so a year of
 * half a million mentions takes about 2.5 s (measured on the large dataset).
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
		return this.sql.perWindow(query(variant), windows);
	}

	@Override
	public Query query(String variant) {
		return Query.of("""
				select count(*) from mentions m
				where m.fetched_at >= w.fi and m.fetched_at < w.ti
				and ltrim(lower(m.author), '@') in (
				  select ltrim(lower(ct.name), '@') from contacts ct where ct.erased_at is null
				  union select ltrim(lower(h), '@') from contacts ct,
				    regexp_split_to_table(coalesce(ct.handles, ''), '[[:space:],;]+') h
				  where ct.erased_at is null and h <> '')""");
	}

}
