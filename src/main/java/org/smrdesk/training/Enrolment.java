package org.smrdesk.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.User;

/**
 * A person's place (or place in the queue) in a session, and whether they came. There is
 * one per person and session: cancelling keeps it, enrolling again reuses it at the end
 * of the queue.
 */
@Entity
@Table(name = "training_enrolments")
public class Enrolment extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "session_id")
	private TrainingSession session;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EnrolmentStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Attendance attendance = Attendance.REGISTERED;

	@Column(name = "enrolled_at", nullable = false)
	private Instant enrolledAt;

	protected Enrolment() {
	}

	Enrolment(TrainingSession session, User user, EnrolmentStatus status, Instant enrolledAt) {
		this.session = session;
		this.user = user;
		this.status = status;
		this.enrolledAt = enrolledAt;
	}

	public TrainingSession getSession() {
		return this.session;
	}

	public User getUser() {
		return this.user;
	}

	public EnrolmentStatus getStatus() {
		return this.status;
	}

	public Attendance getAttendance() {
		return this.attendance;
	}

	public Instant getEnrolledAt() {
		return this.enrolledAt;
	}

	public boolean isActive() {
		return this.status != EnrolmentStatus.CANCELLED;
	}

	/**
	 * Joins again after a cancellation, at the end of the queue.
	 * @param newStatus enrolled or waitlisted
	 * @param now the time of the new request
	 */
	void rejoin(EnrolmentStatus newStatus, Instant now) {
		this.status = newStatus;
		this.attendance = Attendance.REGISTERED;
		this.enrolledAt = now;
	}

	void cancel() {
		this.status = EnrolmentStatus.CANCELLED;
		this.attendance = Attendance.REGISTERED;
	}

	void promote() {
		this.status = EnrolmentStatus.ENROLLED;
	}

	void mark(Attendance attendance) {
		if (this.status != EnrolmentStatus.ENROLLED) {
			throw new org.smrdesk.core.RuleException("training.attendance.notEnrolled");
		}
		this.attendance = attendance;
	}

}
