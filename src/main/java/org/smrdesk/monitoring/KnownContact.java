package org.smrdesk.monitoring;

/**
 * A mention's author who is a known contact, as the inbox shows it.
 *
 * @param id the contact
 * @param name the name
 * @param state the relationship state (CRITIC, DO_NOT_CONTACT, ...)
 * @param shared whether staff may see the contact
 * @param ownerId the user who owns the relationship
 */
public record KnownContact(Long id, String name, String state, boolean shared, Long ownerId) {

	/**
	 * Whether the inbox may name this contact to a user: staff see shared contacts and
	 * their own only.
	 * @param user who looks
	 * @return true if so
	 */
	public boolean isVisibleTo(org.smrdesk.core.CurrentUser user) {
		return !user.isStaff() || this.shared || user.id().equals(this.ownerId);
	}

	public boolean isWarning() {
		return "CRITIC".equals(this.state) || "DO_NOT_CONTACT".equals(this.state);
	}

}
