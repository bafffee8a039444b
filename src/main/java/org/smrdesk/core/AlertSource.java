package org.smrdesk.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Something on the lead's and managers' dashboard that needs attention now (a spike, a
 * failing source, an overdue follow-up, a review waiting), contributed by the feature
 * that knows it. The alerts panel shows the alerts of every source in the order of
 * Spring's {@code @Order} on each source (lower first); give every source an order of its
 * own ({@code ExtensionPointOrderTests}). Only asked for users who see the panel (the
 * lead and managers); a source that is not for this user returns nothing.
 */
public interface AlertSource {

	/**
	 * The alerts for this user, the most pressing first, with a bounded number of queries
	 * (one, ideally) and of alerts.
	 * @param user the signed-in lead or manager
	 * @return the alerts
	 */
	List<Alert> alerts(CurrentUser user);

	/**
	 * One thing needing attention.
	 *
	 * @param kind what kind of thing, lower case ({@code spike}, {@code source},
	 * {@code follow-up}, {@code review}): the message {@code alert.<kind>} names it, and
	 * styles may
	 * @param args the message's arguments
	 * @param link the path of the page behind it (a list filtered to it, or the record)
	 */
	record Alert(String kind, List<Object> args, String link) {

		public Alert {
			args = Collections.unmodifiableList(new ArrayList<>(args));
		}

		/**
		 * The message key of the alert's text.
		 * @return {@code alert.<kind>}
		 */
		public String message() {
			return "alert." + this.kind;
		}

	}

}
