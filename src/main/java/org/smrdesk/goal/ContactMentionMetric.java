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
class ContactMentionMetric extends SqlMetric {

	ContactMentionMetric(MetricSql sql) {
		super(sql, "contact-mentions", MetricUnit.COUNT, Set.of(), List.of("ALL"));
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
