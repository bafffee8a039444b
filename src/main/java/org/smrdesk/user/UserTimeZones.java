package org.smrdesk.user;

import java.time.ZoneId;
import java.util.Optional;

import org.smrdesk.core.FieldException;
import org.smrdesk.core.Times;
import org.smrdesk.core.UserZones;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's own time zone, chosen on the account page; {@link Times} asks here once per
 * request. Read with one small query so that no entity is loaded for every page.
 */
@Service
@Transactional(readOnly = true)
public class UserTimeZones implements UserZones {

	private final UserRepository users;

	private final JdbcTemplate jdbc;

	UserTimeZones(UserRepository users, JdbcTemplate jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ZoneId> zoneOf(Long userId) {
		return this.jdbc.queryForList("select time_zone from users where id = ?", String.class, userId)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.flatMap(Times::parseZone);
	}

	/**
	 * Sets a user's zone; blank means the company zone.
	 * @param userId the user
	 * @param zoneId an IANA zone id, or blank
	 * @throws FieldException {@code timeZone.unknown} for an unknown zone
	 */
	@Transactional
	public void change(Long userId, String zoneId) {
		User user = this.users.findById(userId).orElseThrow();
		if (zoneId == null || zoneId.isBlank()) {
			user.setTimeZone(null);
			return;
		}
		ZoneId zone = Times.parseZone(zoneId).orElseThrow(() -> new FieldException("timeZone", "timeZone.unknown"));
		user.setTimeZone(zone.getId());
	}

}
