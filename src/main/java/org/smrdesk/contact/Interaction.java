package org.smrdesk.contact;

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
import org.smrdesk.user.User;

/**
 * One entry of a contact's timeline: a pitch, a call, a meeting in person, ...
 */
@Entity
@Table(name = "interactions")
public class Interaction extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "contact_id")
	private Contact contact;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InteractionKind kind;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "user_id")
	private User user;

	private String summary;

	private String outcome;

	protected Interaction() {
	}

	Interaction(Contact contact, InteractionKind kind, LocalDate occurredOn, User user, String summary,
			String outcome) {
		this.contact = contact;
		this.kind = kind;
		this.occurredOn = occurredOn;
		this.user = user;
		this.summary = summary;
		this.outcome = outcome;
	}

	/**
	 * Removes the personal text (what was said), keeping that an interaction took place.
	 */
	void erase() {
		this.summary = null;
		this.outcome = null;
	}

	public Contact getContact() {
		return this.contact;
	}

	public InteractionKind getKind() {
		return this.kind;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public User getUser() {
		return this.user;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

}
