package org.smrdesk.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.smrdesk.core.NotificationKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe tokens: {@code <user id>.<kind>.<HMAC-SHA256>} under the
 * installation's random key ({@code notification_keys}). A token turns off one kind for
 * one person and nothing else; it needs no sign-in.
 */
@Component
class UnsubscribeTokens {

	private final JdbcTemplate jdbc;

	private volatile byte[] key;

	UnsubscribeTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String issue(long userId, NotificationKind kind) {
		String payload = userId + "." + kind.name();
		return payload + "." + sign(payload);
	}

	/**
	 * The person and kind a token stands for.
	 * @param token the token from the link
	 * @return what it unsubscribes, or null when the token is not one of ours
	 */
	Target verify(String token) {
		if (token == null || token.length() > 200) {
			return null;
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		String payload = parts[0] + "." + parts[1];
		if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		NotificationKind kind = NotificationKind.parse(parts[1]);
		try {
			return (kind != null) ? new Target(Long.parseLong(parts[0]), kind) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] current = this.key;
		if (current == null) {
			current = this.jdbc
				.queryForObject("select value from notification_keys where name = 'unsubscribe'", String.class)
				.getBytes(StandardCharsets.US_ASCII);
			this.key = current;
		}
		return current;
	}

	/**
	 * What a token unsubscribes.
	 *
	 * @param userId the person
	 * @param kind the kind
	 */
	record Target(long userId, NotificationKind kind) {
	}

}
