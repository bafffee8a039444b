package org.smrdesk.channel;

import java.time.LocalDate;
import java.util.List;

/**
 * The recent work on a service, listed on the service's page. The activity feature
 * implements it as a {@code @Component}, so this package needs no dependency on it; keep
 * {@link #recentOn} to one query.
 */
public interface ServiceActivitySource {

	/**
	 * The most recent activities on a service.
	 * @param serviceId the service
	 * @param limit how many at most
	 * @return the activities, newest first
	 */
	List<Entry> recentOn(Long serviceId, int limit);

	/**
	 * One activity, as the service page shows it.
	 *
	 * @param id the activity's id
	 * @param title its title
	 * @param activityDate its day
	 * @param departmentName the department that did it
	 * @param ownerName the person who owns it
	 */
	record Entry(Long id, String title, LocalDate activityDate, String departmentName, String ownerName) {
	}

}
