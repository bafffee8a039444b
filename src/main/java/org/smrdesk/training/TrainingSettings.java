package org.smrdesk.training;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time zone in which session times are typed, shown and written to calendars
 * ({@code smr.time-zone}, default Europe/Berlin). Instants are stored in UTC.
 */
@Component
public class TrainingSettings {

	private final ZoneId zone;

	TrainingSettings(@Value("${smr.time-zone:Europe/Berlin}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

}
