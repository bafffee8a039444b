package org.smrdesk.activity;

import java.util.List;

/**
 * Records of other features linked to an activity (the contacts it reached, the vendors
 * that supported it), shown on the activity's page. Implement it as a {@code @Component}
 * in your package, placed among the others with Spring's {@code @Order}; keep
 * {@link #linksFor} to one query.
 */
public interface ActivityLinkSource {

	/**
	 * The message key of the section's heading.
	 * @return the key
	 */
	String headingKey();

	/**
	 * The records linked to an activity.
	 * @param activityId the activity
	 * @return the links, in display order
	 */
	List<Link> linksFor(Long activityId);

	/**
	 * One linked record.
	 *
	 * @param title what is shown
	 * @param url its page (an application path)
	 */
	record Link(String title, String url) {
	}

	/**
	 * A heading with its links, ready for the page.
	 *
	 * @param headingKey the heading's message key
	 * @param links the links
	 */
	record Section(String headingKey, List<Link> links) {
	}

}
