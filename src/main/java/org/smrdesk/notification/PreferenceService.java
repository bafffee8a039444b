package org.smrdesk.notification;

import java.util.EnumMap;
import java.util.Map;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotificationKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice per notification kind (off, at once, daily digest; at once when
 * never chosen), and the one-click unsubscribe that turns one kind off.
 */
@Service
@Transactional(readOnly = true)
public class PreferenceService {

	private final JdbcTemplate jdbc;

	private final UnsubscribeTokens tokens;

	PreferenceService(JdbcTemplate jdbc, UnsubscribeTokens tokens) {
		this.jdbc = jdbc;
		this.tokens = tokens;
	}

	/**
	 * A person's choices, every kind included.
	 * @param user the person
	 * @return kind to delivery
	 */
	public Map<NotificationKind, Delivery> of(CurrentUser user) {
		return of(user.id());
	}

	/**
	 * The kinds, in the order pages list them.
	 * @return the kinds
	 */
	public NotificationKind[] kinds() {
		return NotificationKind.values();
	}

	/**
	 * The choices per kind.
	 * @return the deliveries
	 */
	public Delivery[] deliveries() {
		return Delivery.values();
	}

	Map<NotificationKind, Delivery> of(long userId) {
		Map<NotificationKind, Delivery> result = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			result.put(kind, Delivery.INSTANT);
		}
		this.jdbc.query("select kind, delivery from notification_preferences where user_id = ?", (rs) -> {
			NotificationKind kind = NotificationKind.parse(rs.getString(1));
			if (kind != null) {
				result.put(kind, Delivery.valueOf(rs.getString(2)));
			}
		}, userId);
		return result;
	}

	/**
	 * Saves a person's choices; kinds not given stay as they were.
	 * @param user the person
	 * @param choices kind to delivery
	 */
	@Transactional
	public void save(CurrentUser user, Map<NotificationKind, Delivery> choices) {
		choices.forEach((kind, delivery) -> set(user.id(), kind, delivery));
	}

	private void set(long userId, NotificationKind kind, Delivery delivery) {
		this.jdbc.update("""
				insert into notification_preferences (user_id, kind, delivery) values (?, ?, ?)
				on conflict (user_id, kind) do update set delivery = excluded.delivery""", userId, kind.name(),
				delivery.name());
	}

	/**
	 * What an unsubscribe token stands for, without changing anything.
	 * @param token the token
	 * @return the kind, or null when the token is not valid
	 */
	public NotificationKind unsubscribeKind(String token) {
		UnsubscribeTokens.Target target = this.tokens.verify(token);
		return (target != null) ? target.kind() : null;
	}

	/**
	 * Turns off the e-mails of the token's kind for the token's person.
	 * @param token the token
	 * @return the kind turned off, or null when the token is not valid
	 */
	@Transactional
	public NotificationKind unsubscribe(String token) {
		UnsubscribeTokens.Target target = this.tokens.verify(token);
		if (target == null) {
			return null;
		}
		set(target.userId(), target.kind(), Delivery.OFF);
		return target.kind();
	}

}
