package org.smrdesk.monitoring;

/**
 * Where a source's items come from. Each polled kind has one {@link SourceAdapter}.
 */
public enum SourceKind {

	/** An RSS 0.9x/1.0/2.0 or Atom feed. */
	FEED,
	/** A Mastodon hashtag timeline ({@code /api/v1/timelines/tag/{tag}}). */
	MASTODON,
	/** A Hacker News search (Algolia's {@code search_by_date}). */
	HACKER_NEWS,
	/** Mentions pushed in by a monitoring vendor through the API; never polled. */
	PUSH;

	public boolean isPolled() {
		return this != PUSH;
	}

}
