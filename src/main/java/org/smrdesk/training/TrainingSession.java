package org.smrdesk.training;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;

/**
 * One date of a training: when, how long, where (a room or a link) and for how many
 * people.
 */
@Entity
@Table(name = "training_sessions")
public class TrainingSession extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "training_id")
	private Training training;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Column(nullable = false)
	private String location;

	@Column(nullable = false)
	private int capacity;

	protected TrainingSession() {
	}

	public TrainingSession(Training training, Instant startsAt, int durationMinutes, String location, int capacity) {
		this.training = training;
		this.startsAt = startsAt;
		this.durationMinutes = durationMinutes;
		this.location = location;
		this.capacity = capacity;
	}

	public Training getTraining() {
		return this.training;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(Instant startsAt) {
		this.startsAt = startsAt;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(int durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public Instant getEndsAt() {
		return this.startsAt.plus(Duration.ofMinutes(this.durationMinutes));
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	/**
	 * Whether the place is a link to join online.
	 * @return true for an http(s) link
	 */
	public boolean isOnline() {
		return this.location != null && (this.location.startsWith("https://") || this.location.startsWith("http://"));
	}

	public int getCapacity() {
		return this.capacity;
	}

	public void setCapacity(int capacity) {
		this.capacity = capacity;
	}

	public boolean hasStarted(Instant now) {
		return !this.startsAt.isAfter(now);
	}

}
