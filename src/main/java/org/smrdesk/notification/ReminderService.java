package org.smrdesk.notification;

import java.time.LocalDate;
import java.util.List;

import org.smrdesk.core.Notice;
import org.smrdesk.core.ReminderSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks every feature's {@link ReminderSource} for the reminders of a day and tells their
 * recipients; a reminder's dedup key makes a second run on the same day tell nobody
 * again.
 */
@Service
class ReminderService {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	private final List<ReminderSource> sources;

	private final Notifier notifier;

	ReminderService(List<ReminderSource> sources, Notifier notifier) {
		this.sources = sources;
		this.notifier = notifier;
	}

	/**
	 * Sends the reminders of a day.
	 * @param today the day (company zone)
	 * @return how many people were told
	 */
	@Transactional
	int remind(LocalDate today) {
		int told = 0;
		for (ReminderSource source : this.sources) {
			for (Notice notice : source.due(today)) {
				told += this.notifier.notify(notice);
			}
		}
		log.info("Reminders of {}: {} notifications", today, told);
		return told;
	}

}
