package org.smrdesk.core;

/**
 * One all-day date in a calendar feed.
 *
 * @param uid a key unique and stable for this date of this record (a calendar app updates
 * the event when it changes), such as {@code vendor-renewal-12}
 * @param day the day
 * @param summary the event's title
 * @param description one more sentence, or null
 * @param path the record's page (made absolute by the feed), or null
 * @param category what it is ({@code Vendor renewal}), or null
 */
public record CalendarEntry(String uid, java.time.LocalDate day, String summary, String description, String path,
		String category) {

	/** The most entries one source gives a feed. */
	public static final int MAX_PER_SOURCE = 500;

}
