package org.smrdesk.activity;

import java.time.LocalDate;

/**
 * One of a department's latest activities, as its staff's home page lists it.
 *
 * @param id the activity
 * @param activityDate its day
 * @param title its title
 * @param serviceName the social service it was on
 * @param ownerName who owns it
 */
public record RecentActivity(Long id, LocalDate activityDate, String title, String serviceName, String ownerName) {
}
