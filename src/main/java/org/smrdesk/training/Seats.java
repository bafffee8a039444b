package org.smrdesk.training;

/**
 * How full a session is, and where the signed-in person stands in it.
 *
 * @param capacity the places
 * @param enrolled people holding a place
 * @param waitlisted people waiting for one
 * @param mine the person's status, or null when not enrolled
 */
public record Seats(int capacity, long enrolled, long waitlisted, EnrolmentStatus mine) {

	public long free() {
		return Math.max(0, this.capacity - this.enrolled);
	}

	public boolean isFull() {
		return this.enrolled >= this.capacity;
	}

	public boolean isMineActive() {
		return this.mine == EnrolmentStatus.ENROLLED || this.mine == EnrolmentStatus.WAITLISTED;
	}

}
