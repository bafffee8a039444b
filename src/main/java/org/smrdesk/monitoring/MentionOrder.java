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
	 * Whether the order is by fetch time alone (either way), the order the author walk
	 * reads from its index ({@link MentionSearch}).
	 * @param sort the order
	 * @return true if so
	 */
	static boolean byFetchedOnly(Sort sort) {
		List<Sort.Order> orders = sort.toList();
		return orders.isEmpty() || (orders.size() == 1 && "fetchedAt".equals(orders.get(0).getProperty()));
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

	/**
	 * The ORDER BY clause. The time orders are written exactly as their indexes are
	 * ({@code fetched_at desc, id desc} and
	 * {@code published_at desc nulls last, id desc}, read forwards or backwards), so a
	 * page reads 25 index entries; any other null ordering or tie-break direction made
	 * PostgreSQL sort every mention (1.2 s at a million). The tie-break on id follows the
	 * first column's direction.
	 * @param sort a safe order ({@link #safe})
	 * @return the clause
	 */
	static String orderBy(Sort sort) {
		List<String> parts = new ArrayList<>();
		boolean ascending = false;
		for (Sort.Order order : sort) {
			String column = SORTS.get(order.getProperty());
			if (column == null) {
				throw new FieldException("sort", "monitoring.mention.sort.unknown");
			}
			if (parts.isEmpty()) {
				ascending = order.isAscending();
			}
			parts.add(column + (order.isAscending() ? " asc" : " desc") + nulls(order));
		}
		if (parts.isEmpty()) {
			parts.add("m.fetched_at desc");
		}
		parts.add(ascending ? "m.id asc" : "m.id desc");
		return " order by " + String.join(", ", parts);
	}

	private static String nulls(Sort.Order order) {
		return switch (order.getProperty()) {
			// never null
			case "fetchedAt", "state", "source" -> "";
			// undated mentions last, newest first: the index read backwards puts them
			// first
			case "publishedAt" -> order.isAscending() ? " nulls first" : " nulls last";
			default -> " nulls last";
		};
	}

}
