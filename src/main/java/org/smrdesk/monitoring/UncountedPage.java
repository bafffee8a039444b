package org.smrdesk.monitoring;

import java.util.List;

import org.smrdesk.core.Paging;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of mentions whose total was not counted: counting took longer than its budget (a
 * rare combination of filters over a million mentions). A full page offers the next one,
 * as far as a pager reaches; an empty page beyond the end reports the rows before it, so
 * the pager falls back to the page before.
 *
 * @param <T> the row type
 */
final class UncountedPage<T> extends PageImpl<T> {

	private static final long serialVersionUID = 1L;

	UncountedPage(List<T> content, Pageable pageable) {
		super(content, pageable, content.isEmpty() ? pageable.getOffset() : Paging.MAX_ROWS + 1);
	}

	/**
	 * Whether the total is known: never, for this page.
	 * @return false
	 */
	public boolean isCounted() {
		return false;
	}

	/**
	 * How many mentions there are at least: the rows up to the end of this page.
	 * @return the lower bound
	 */
	public long getAtLeast() {
		return getPageable().getOffset() + getNumberOfElements();
	}

}
