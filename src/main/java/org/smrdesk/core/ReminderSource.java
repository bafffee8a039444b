package org.smrdesk.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's time-based reminders (a training tomorrow, a deadline near): implement it
 * as a {@code @Component} in the feature's package. The daily reminder job asks every
 * source once a day; notices carry a dedup key, so asking twice tells nobody twice.
 */
public interface ReminderSource {

	/**
	 * The reminders due on a day.
	 * @param today today in the company's time zone
	 * @return the notices
	 */
	List<Notice> due(LocalDate today);

}
