package org.smrdesk.calendar;

import java.time.Instant;

/**
 * A person's feed as the account page shows it (never the secret itself).
 *
 * @param prefix the secret's first characters, to recognise it
 * @param createdAt when it was made
 * @param lastFetchedAt when a calendar app last fetched it (to the minute), or null
 */
public record CalendarFeedToken(String prefix, Instant createdAt, Instant lastFetchedAt) {
}
