package org.smrdesk.goal;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.smrdesk.monitoring.AuthorKeys;
import org.smrdesk.monitoring.MentionService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Coverage won: mentions whose author is a tracked contact (by handle, with or without
 * the {@code @} and with or without the server of {@code @name@server}, by name, by
 * profile URL or by blog domain, as the inbox recognises them), erased contacts excepted.
 * Read from the pre-aggregated {@code mention_author_daily_counts} by the contacts' keys
 * (never the mentions: on the large dataset a year is 175 ms, one hashed filter over the
 * year's 118,000 author-day rows, where the mentions took 2.5 s); a day is the UTC day of
 * publication, as for the {@code mentions} metric. A mention matching by two keys counts
 * once.
 */
@Component
@Order(100)
class ContactMentionMetric extends SqlMetric {

	private final Supplier<AuthorKeys> keys;

	@Autowired
	ContactMentionMetric(MetricSql sql, MentionService mentions) {
		this(sql, mentions::trackedAuthorKeys);
	}

	ContactMentionMetric(MetricSql sql, Supplier<AuthorKeys> keys) {
		super(sql, "contact-mentions", MetricUnit.COUNT, Set.of(), List.of("ALL"));
		this.keys = keys;
	}

	@Override
	public Query query(String variant) {
		AuthorKeys known = this.keys.get();
		return new Query("""
				select coalesce(sum(c.mentions), 0) from mention_author_daily_counts c
				where c.day >= w.f and c.day < w.t and """ + AuthorKeys.CONDITION, known.args());
	}

}
