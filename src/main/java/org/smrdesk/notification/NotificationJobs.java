package org.smrdesk.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.smrdesk.core.Times;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notification jobs, each once across all nodes (ShedLock): the e-mail sender every
 * 30 seconds, the reminders every hour (each told once: a node that was down catches up)
 * and the daily digest at 07:00 in the company zone. Off with
 * {@code smr.notifications.jobs=false} (the tests run them explicitly).
 */
@Component
@ConditionalOnProperty(prefix = "smr.notifications", name = "jobs", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

	private final OutboxSender sender;

	private final ReminderService reminders;

	private final DigestService digests;

	private final Times times;

	NotificationJobs(OutboxSender sender, ReminderService reminders, DigestService digests, Times times) {
		this.sender = sender;
		this.reminders = reminders;
		this.digests = digests;
		this.times = times;
	}

	@Scheduled(fixedDelayString = "${smr.notifications.send-every:PT30S}", initialDelayString = "PT20S")
	@SchedulerLock(name = "notification-mail-sender", lockAtMostFor = "PT10M")
	void sendMail() {
		this.sender.sendDue(200);
	}

	@Scheduled(cron = "0 5 * * * *", zone = "${smr.time-zone:Europe/Berlin}")
	@SchedulerLock(name = "notification-reminders", lockAtMostFor = "PT30M")
	void remind() {
		this.reminders.remind(java.time.LocalDate.ofInstant(this.times.instant(), this.times.companyZone()));
	}

	@Scheduled(cron = "0 0 7 * * *", zone = "${smr.time-zone:Europe/Berlin}")
	@SchedulerLock(name = "notification-daily-digest", lockAtMostFor = "PT30M")
	void digest() {
		this.digests.gather();
	}

}
