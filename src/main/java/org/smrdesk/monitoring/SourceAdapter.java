package org.smrdesk.monitoring;

import java.util.List;

/**
 * How one kind of source is asked and read. A new kind is one class implementing this.
 */
interface SourceAdapter {

	SourceKind kind();

	/**
	 * The address to ask, from the source's URL and its cursor.
	 * @param source the source
	 * @return the address
	 */
	default String requestUrl(Source source) {
		return source.getUrl();
	}

	/**
	 * The Accept header.
	 * @return the media types
	 */
	String accept();

	/**
	 * Whether to send the stored ETag / Last-Modified.
	 * @return true for conditional GET
	 */
	default boolean conditional() {
		return true;
	}

	/**
	 * Reads an answer.
	 * @param answer the answer (status 200)
	 * @param source the source
	 * @return the items, the new cursor and any warning
	 * @throws FetchException when nothing could be read
	 */
	Parsed parse(HttpFetcher.Fetched answer, Source source) throws FetchException;

	/**
	 * What an answer held.
	 *
	 * @param items the items
	 * @param cursor the cursor to keep for the next poll, or null to keep the old one
	 * @param warning a note for the poll log (a leniently read feed), or null
	 * @param nextUrl the next page to read in the same poll (an API that pages), or null
	 */
	record Parsed(List<FetchedItem> items, String cursor, String warning, String nextUrl) {

		Parsed(List<FetchedItem> items, String cursor, String warning) {
			this(items, cursor, warning, null);
		}

		/**
		 * This page followed by the next one.
		 * @param next the next page
		 * @return the items of both, the later cursor and the next page's next page
		 */
		Parsed followedBy(Parsed next) {
			List<FetchedItem> all = new java.util.ArrayList<>(this.items);
			all.addAll(next.items());
			return new Parsed(all, (next.cursor() != null) ? next.cursor() : this.cursor,
					(next.warning() != null) ? next.warning() : this.warning, next.nextUrl());
		}

	}

}
