package org.smrdesk.monitoring;

/**
 * A mention's author who is a known contact, as the inbox shows it.
 *
 * @param id the contact
 * @param name the name
 * @param state the relationship state (CRITIC, DO_NOT_CONTACT, ...)
 */
public record KnownContact(Long id, String name, String state) {

	public boolean isWarning() {
		return "CRITIC".equals(this.state) || "DO_NOT_CONTACT".equals(this.state);
	}

}
