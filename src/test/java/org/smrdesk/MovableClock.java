package org.smrdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand (in UTC), for what happens later without waiting: expiring
 * figures, the codes of later time steps.
 */
public final class MovableClock extends Clock {

	private volatile Instant now;

	/**
	 * A clock standing at the given instant.
	 * @param now where it stands
	 */
	public MovableClock(Instant now) {
		this.now = now;
	}

	/**
	 * Moves the clock on.
	 * @param duration by how much
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
