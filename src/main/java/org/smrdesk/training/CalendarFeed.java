package org.smrdesk.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.User;

/**
 * A person's calendar feed: the unguessable token in its URL, which the person can
 * replace (and so revoke the old URL).
 */
@Entity
@Table(name = "training_feed_tokens")
public class CalendarFeed extends AuditableEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Column(nullable = false)
	private String token;

	protected CalendarFeed() {
	}

	CalendarFeed(User user, String token) {
		this.user = user;
		this.token = token;
	}

	public User getUser() {
		return this.user;
	}

	public String getToken() {
		return this.token;
	}

	void replaceToken(String token) {
		this.token = token;
	}

}
