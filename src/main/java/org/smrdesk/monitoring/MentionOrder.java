package org.smrdesk.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.FieldException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The orders the mentions inbox offers, as SQL (ties broken by id, newest first).
 */
final class MentionOrder {

	/** The columns the inbox may sort by. */
	static final Map<String, String> SORTS = Map.of("fetchedAt", "m.fetched_at", "publishedAt", "m.published_at",
			"title", "m.title", "author", "lower(m.author)", "state", "m.state", "source", "s.name");

	private MentionOrder() {
	}

	/**
	 * Whether an order can be read from an index in page order (time orders); other
	 * orders sort the newest {@link org.smrdesk.core.Paging#MAX_ROWS} matching mentions,
	 * the most a pager reaches anyway, rather than every mention.
	 * @param sort the order
	 * @return true for the time orders
	 */
	static boolean indexed(Sort sort) {
		Sort.Order first = sort.stream().findFirst().orElse(null);
		return first == null || "fetchedAt".equals(first.getProperty()) || "publishedAt".equals(first.getProperty());
	}

	/**
	 * The page request with only the sort properties the inbox knows (others are dropped,
	 * so a hand-edited link shows the default order rather than an error).
	 * @param pageable the page request
	 * @return the safe page request
	 */
	static Pageable safe(Pageable pageable) {
		Sort sort = Sort.by(pageable.getSort().stream().filter((o) -> SORTS.containsKey(o.getProperty())).toList());
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				sort.isSorted() ? sort : Sort.by(Sort.Direction.DESC, "fetchedAt"));
	}

	static String orderBy(Sort sort) {
		List<String> parts = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTS.get(order.getProperty());
			if (column == null) {
				throw new FieldException("sort", "monitoring.mention.sort.unknown");
			}
			parts.add(column + (order.isAscending() ? " asc nulls last" : " desc nulls last"));
		}
		if (parts.isEmpty()) {
			parts.add("m.fetched_at desc");
		}
		parts.add("m.id desc");
		return " order by " + String.join(", ", parts);
	}

}
