package org.smrdesk.monitoring;

import java.util.List;

import org.smrdesk.core.Paging;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of mentions whose total was not counted: there are more than the inbox counts
 * ahead of the page shown ({@link MentionSearch#inbox}), or counting took longer than its
 * budget (a rare combination of filters over a million mentions). A full page offers the
 * next one, as far as a pager reaches; an empty page beyond the end reports the rows
 * before it, so the pager falls back to the page before.
 *
 * @param <T> the row type
 */
final class UncountedPage<T> extends PageImpl<T> {

	private static final long serialVersionUID = 1L;

	private final long atLeast;

	private final boolean timedOut;

	/**
	 * A page whose count ran out of time.
	 * @param content the rows
	 * @param pageable the page
	 */
	UncountedPage(List<T> content, Pageable pageable) {
		this(content, pageable, pageable.getOffset() + content.size(), true);
	}

	/**
	 * A page of a list known to be at least so long.
	 * @param content the rows
	 * @param pageable the page
	 * @param atLeast how many rows there are at least
	 * @param timedOut whether counting stopped at its time budget rather than where the
	 * inbox stops counting
	 */
	UncountedPage(List<T> content, Pageable pageable, long atLeast, boolean timedOut) {
		super(content, pageable, content.isEmpty() ? pageable.getOffset() : Paging.MAX_ROWS + 1);
		this.atLeast = atLeast;
		this.timedOut = timedOut;
	}

	/**
	 * Whether the total is known: never, for this page.
	 * @return false
	 */
	public boolean isCounted() {
		return false;
	}

	/**
	 * How many mentions there are at least.
	 * @return the lower bound
	 */
	public long getAtLeast() {
		return this.atLeast;
	}

	/**
	 * Whether counting gave up at its time budget (narrower filters would give a total).
	 * @return true when it ran out of time
	 */
	public boolean isTimedOut() {
		return this.timedOut;
	}

}
