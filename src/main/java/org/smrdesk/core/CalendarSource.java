package org.smrdesk.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's dates for a person's deadline calendar feed (a vendor's renewal, a policy's
 * review date, a follow-up due): implement it as a {@code @Component} in the feature's
 * package, placed with {@code @Order}. A source returns only records the person may see
 * and has to act on; the feed writes them as all-day events.
 */
public interface CalendarSource {

	/**
	 * The person's dates between two days.
	 * @param user whose feed it is
	 * @param from the first day (inclusive)
	 * @param to the last day (inclusive)
	 * @return the entries, at most {@link CalendarEntry#MAX_PER_SOURCE}
	 */
	List<CalendarEntry> entriesFor(CurrentUser user, LocalDate from, LocalDate to);

}
