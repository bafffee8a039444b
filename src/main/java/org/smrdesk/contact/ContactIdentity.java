package org.smrdesk.contact;

/**
 * What identifies a contact's posts elsewhere, read as plain columns (no entity): for
 * recognising the authors of mentions.
 *
 * @param id the contact
 * @param name its name
 * @param state its relationship state
 * @param shared whether every department may see it
 * @param ownerId who owns it, if anybody
 * @param handles its handles and profile URLs, as typed
 * @param links its links, as typed
 */
public record ContactIdentity(Long id, String name, RelationshipState state, boolean shared, Long ownerId,
		String handles, String links) {
}
