package org.smrdesk.training;

import java.time.ZoneId;

import org.smrdesk.core.Times;

import org.springframework.stereotype.Component;

/**
 * The time zone in which session times are typed and shown: the signed-in user's zone,
 * else the company zone ({@code smr.time-zone}), as everywhere ({@link Times}). Calendars
 * made outside a request use the company zone. Instants are stored in UTC.
 */
@Component
public class TrainingSettings {

	private final Times times;

	TrainingSettings(Times times) {
		this.times = times;
	}

	public ZoneId zone() {
		return this.times.zone();
	}

}
