package org.smrdesk.incident;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.smrdesk.core.AuditableEntity;
import org.smrdesk.policy.Policy;
import org.smrdesk.policy.PolicyVersion;
import org.smrdesk.training.Training;
import org.smrdesk.user.User;

/**
 * A follow-up of a post-incident review: an action, a policy change or a training need,
 * with an owner and a due date.
 */
@Entity
@Table(name = "incident_follow_ups")
public class FollowUp extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "review_id")
	private IncidentReview review;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FollowUpType type;

	@Column(nullable = false)
	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "policy_id")
	private Policy policy;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "policy_version_id")
	private PolicyVersion policyVersion;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "training_id")
	private Training training;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FollowUpState state = FollowUpState.OPEN;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "closed_by_id")
	private User closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closing_note")
	private String closingNote;

	protected FollowUp() {
	}

	/**
	 * Marks an open follow-up done or dropped, with who, when and why.
	 * @param target {@link FollowUpState#DONE} or {@link FollowUpState#DROPPED}
	 * @param by who closes it
	 * @param now when
	 * @param note why (required to drop)
	 */
	void close(FollowUpState target, User by, Instant now, String note) {
		if (this.state != FollowUpState.OPEN) {
			throw new org.smrdesk.core.RuleException("review.followUp.closed");
		}
		if (target == null || target == FollowUpState.OPEN) {
			throw new org.smrdesk.core.FieldException("state", "review.followUp.state.required");
		}
		if (target == FollowUpState.DROPPED && (note == null || note.isBlank())) {
			throw new org.smrdesk.core.FieldException("note", "review.followUp.dropNote.required");
		}
		this.state = target;
		this.closedBy = by;
		this.closedAt = now;
		this.closingNote = (note == null || note.isBlank()) ? null : note.strip();
	}

	/**
	 * Whether it is open past its due date.
	 * @param today today in the user's zone
	 * @return true when overdue
	 */
	public boolean isOverdue(LocalDate today) {
		return this.state == FollowUpState.OPEN && this.dueOn.isBefore(today);
	}

	public FollowUpState getState() {
		return this.state;
	}

	public User getClosedBy() {
		return this.closedBy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getClosingNote() {
		return this.closingNote;
	}

	FollowUp(IncidentReview review, FollowUpType type, String description, User owner, LocalDate dueOn) {
		this.review = review;
		this.type = type;
		this.description = description;
		this.owner = owner;
		this.dueOn = dueOn;
	}

	/**
	 * Links a policy change to its policy and, once opened, the draft version.
	 * @param policy the policy to change
	 * @param draft the draft version, or null when not opened yet
	 */
	void changes(Policy policy, PolicyVersion draft) {
		this.policy = policy;
		this.policyVersion = draft;
	}

	void meetsWith(Training training) {
		this.training = training;
	}

	public Training getTraining() {
		return this.training;
	}

	public Policy getPolicy() {
		return this.policy;
	}

	public PolicyVersion getPolicyVersion() {
		return this.policyVersion;
	}

	public IncidentReview getReview() {
		return this.review;
	}

	public FollowUpType getType() {
		return this.type;
	}

	public String getDescription() {
		return this.description;
	}

	public User getOwner() {
		return this.owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

}
