package org.smrdesk.webhook;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends webhook deliveries every 15 seconds, once across all nodes (ShedLock). Off with
 * {@code smr.notifications.jobs=false} (the tests send explicitly).
 */
@Component
@ConditionalOnProperty(prefix = "smr.notifications", name = "jobs", havingValue = "true", matchIfMissing = true)
class WebhookJobs {

	private final WebhookSender sender;

	WebhookJobs(WebhookSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT25S")
	@SchedulerLock(name = "webhook-deliveries", lockAtMostFor = "PT10M")
	void send() {
		this.sender.sendDue(100);
	}

}
