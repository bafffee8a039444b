package org.smrdesk.core;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Page numbers from the address, kept within what a list can show: pages go no deeper
 * than {@link #MAX_ROWS} rows (deeper OFFSET pages read every row before them; narrow the
 * filters instead), and a page beyond the end shows the last page. Never an error for a
 * hand-edited {@code page=99999999}.
 */
public final class Paging {

	/** The deepest row a pager reaches, and the most a bounded count counts. */
	public static final int MAX_ROWS = 10_000;

	private Paging() {
	}

	/**
	 * Runs a page query for a page within reach, and again for the last page when the
	 * requested one lies beyond the end.
	 * @param <T> the row type
	 * @param pageable the requested page
	 * @param query the query
	 * @return the page shown
	 */
	public static <T> Page<T> within(Pageable pageable, Function<Pageable, Page<T>> query) {
		if (pageable.isUnpaged()) {
			return query.apply(pageable);
		}
		int size = pageable.getPageSize();
		int deepest = deepestPage(size);
		Pageable reachable = (pageable.getPageNumber() > deepest) ? PageRequest.of(deepest, size, pageable.getSort())
				: pageable;
		Page<T> page = query.apply(reachable);
		if (page.getNumberOfElements() == 0 && reachable.getPageNumber() > 0 && page.getTotalElements() > 0) {
			int last = (int) Math.min((page.getTotalElements() - 1) / size, deepest);
			page = query.apply(PageRequest.of(last, size, pageable.getSort()));
		}
		return page;
	}

	/**
	 * The last page a pager of this size may show.
	 * @param size the page size
	 * @return the zero-based page number
	 */
	public static int deepestPage(int size) {
		return Math.max(0, (MAX_ROWS - 1) / Math.max(1, size));
	}

}
