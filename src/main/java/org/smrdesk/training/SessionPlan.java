package org.smrdesk.training;

import java.time.Instant;

/**
 * A session as planned or changed, from the page's form (local time in the configured
 * zone) or from the API (an instant).
 *
 * @param startsAt when it starts
 * @param durationMinutes how long it lasts
 * @param location where it takes place
 * @param capacity how many places it has
 * @param version the lock version the change applies to (null for a new session)
 */
public record SessionPlan(Instant startsAt, int durationMinutes, String location, int capacity, Long version) {
}
