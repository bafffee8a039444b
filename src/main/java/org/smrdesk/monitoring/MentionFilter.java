package org.smrdesk.monitoring;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The inbox filters, bound from the query string (page and API alike).
 *
 * @param query mentions matched by this query
 * @param source mentions seen by this source
 * @param state in this state
 * @param from fetched on or after this day
 * @param to fetched on or before this day
 * @param author whose author contains this
 * @param q full-text search over title, author and text
 * @param assignee assigned to this user
 */
public record MentionFilter(Long query, Long source, MentionState state,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String author, String q, Long assignee) {

	public static final MentionFilter NONE = new MentionFilter(null, null, null, null, null, null, null, null);

	/**
	 * The same filters with another assignee.
	 * @param assigneeId the assignee, or null for anyone
	 * @return the filters
	 */
	public MentionFilter withAssignee(Long assigneeId) {
		return new MentionFilter(this.query, this.source, this.state, this.from, this.to, this.author, this.q,
				assigneeId);
	}

}
