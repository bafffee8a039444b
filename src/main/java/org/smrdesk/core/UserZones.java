package org.smrdesk.core;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Where {@link Times} finds a user's own time zone (the user feature implements it).
 */
public interface UserZones {

	/**
	 * The zone a user chose on their account page.
	 * @param userId the user
	 * @return the zone, or empty for the company zone
	 */
	Optional<ZoneId> zoneOf(Long userId);

}
