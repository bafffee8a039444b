package org.smrdesk.apitoken;

import java.time.Instant;

/**
 * A token as its owner sees it on the account page (never the token itself).
 *
 * @param id its id
 * @param name what its owner called it
 * @param prefix its first characters, to recognise it
 * @param scope what it may do
 * @param expiresAt when it stops working
 * @param createdAt when it was made
 * @param lastUsedAt when it was last used (to the minute), or null
 * @param revokedAt when it was revoked, or null
 */
public record ApiToken(long id, String name, String prefix, TokenScope scope, Instant expiresAt, Instant createdAt,
		Instant lastUsedAt, Instant revokedAt) {

	/**
	 * Whether the token still works.
	 * @param now the present
	 * @return true when neither revoked nor expired
	 */
	public boolean isActive(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

}
