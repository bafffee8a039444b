package org.smrdesk.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.User;

/**
 * A person's calendar feed: only the SHA-256 of the unguessable secret in its URL is kept
 * (the address is shown once, when made), with its first characters to recognise it.
 * Making a new one replaces it (the old URL stops working). A feed whose secret was
 * stored in plain text before V85 is retired: its URL no longer works and its owner is
 * asked to make a new one.
 */
@Entity
@Table(name = "training_feed_tokens")
public class CalendarFeed extends AuditableEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "token_prefix")
	private String tokenPrefix;

	@Column(name = "retired_at")
	private Instant retiredAt;

	protected CalendarFeed() {
	}

	CalendarFeed(User user) {
		this.user = user;
	}

	public User getUser() {
		return this.user;
	}

	public String getTokenPrefix() {
		return this.tokenPrefix;
	}

	/**
	 * When the plain-text secret of an older feed was dropped, or null for a current
	 * feed.
	 * @return the moment, or null
	 */
	public Instant getRetiredAt() {
		return this.retiredAt;
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

	void replaceToken(String hash, String prefix) {
		this.tokenHash = hash;
		this.tokenPrefix = prefix;
		this.retiredAt = null;
	}

}
