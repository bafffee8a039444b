package org.smrdesk.monitoring;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The spike check on its own schedule, one node at a time (ShedLock), so a spike is
 * noticed (and a crisis query opens its incident) even when no poll or push arrives, for
 * example after midnight or while every source is failing. Runs where polling runs.
 */
@Component
@ConditionalOnProperty(prefix = "smr.monitoring", name = "polling", havingValue = "true", matchIfMissing = true)
class SpikeScheduler {

	private final SpikeDetector detector;

	SpikeScheduler(SpikeDetector detector) {
		this.detector = detector;
	}

	@Scheduled(fixedDelayString = "${smr.monitoring.spike-check-every:PT15M}",
			initialDelayString = "${smr.monitoring.spike-check-every:PT15M}")
	@SchedulerLock(name = "monitoring-spikes", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	void checkSpikes() {
		this.detector.check();
	}

}
