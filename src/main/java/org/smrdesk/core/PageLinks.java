package org.smrdesk.core;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds pager and sort links that keep the current filters. Used from templates as
 * {@code @pages}; links are plain query strings (no {@code @{...}} resource lookup), and
 * the pager shows a bounded window of pages whatever the data size.
 */
@Component("pages")
public class PageLinks {

	static final int WINDOW = 2;

	/**
	 * The current URL with another page number.
	 * @param page the zero-based page
	 * @return the link
	 */
	public String page(int page) {
		return currentRequest().replaceQueryParam("page", page).build().encode().toUriString();
	}

	/**
	 * The current URL sorted by a property: ascending, or descending when it is already
	 * sorted ascending by it.
	 * @param current the page being shown
	 * @param property the property to sort by
	 * @return the link
	 */
	public String sort(Page<?> current, String property) {
		Sort.Order order = current.getSort().getOrderFor(property);
		String direction = (order != null && order.isAscending()) ? "desc" : "asc";
		return currentRequest().replaceQueryParam("page")
			.replaceQueryParam("sort", property + "," + direction)
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * How a column is sorted now, for {@code aria-sort}.
	 * @param current the page being shown
	 * @param property the column's property
	 * @return ascending, descending or none
	 */
	public String ariaSort(Page<?> current, String property) {
		Sort.Order order = current.getSort().getOrderFor(property);
		if (order == null) {
			return "none";
		}
		return order.isAscending() ? "ascending" : "descending";
	}

	/**
	 * The current URL with extra parameters, for CSV export of a filtered list.
	 * @param format the format parameter value
	 * @return the link
	 */
	public String export(String format) {
		return currentRequest().replaceQueryParam("page")
			.replaceQueryParam("format", format)
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * The page numbers to show around the current one.
	 * @param current the page being shown
	 * @return at most {@code 2 * WINDOW + 1} zero-based page numbers
	 */
	public List<Integer> window(Page<?> current) {
		int from = Math.max(0, current.getNumber() - WINDOW);
		int to = Math.min(lastPage(current), current.getNumber() + WINDOW);
		List<Integer> numbers = new ArrayList<>();
		for (int i = from; i <= to; i++) {
			numbers.add(i);
		}
		return numbers;
	}

	/**
	 * The last page the pager links to: the list's last, or the deepest a pager reaches
	 * ({@link Paging#MAX_ROWS} rows).
	 * @param current the page being shown
	 * @return the zero-based page number
	 */
	public int lastPage(Page<?> current) {
		return Math.max(0, Math.min(current.getTotalPages() - 1, Paging.deepestPage(current.getSize())));
	}

	/**
	 * Whether the list has more rows than were counted ({@link Paging#MAX_ROWS}).
	 * @param current the page being shown
	 * @return true when the count stopped at the bound
	 */
	public boolean isBounded(Page<?> current) {
		return current.getTotalElements() > Paging.MAX_ROWS;
	}

	/**
	 * How deep a pager reaches, for the pager's summary.
	 * @return {@link Paging#MAX_ROWS}
	 */
	public int maxRows() {
		return Paging.MAX_ROWS;
	}

	/**
	 * The current request as a link relative to this host: path and query only, so no
	 * header a client sends can turn it into a link elsewhere.
	 * @return a builder
	 */
	private static UriComponentsBuilder currentRequest() {
		return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(null);
	}

}
