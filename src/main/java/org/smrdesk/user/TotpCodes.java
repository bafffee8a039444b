package org.smrdesk.user;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, six digits, 30-second steps), as
 * authenticator apps make them. Secrets are 160 random bits, written in Base32.
 */
final class TotpCodes {

	static final Duration STEP = Duration.ofSeconds(30);

	/** Steps either side of now that are accepted (clock drift, typing time). */
	static final int DRIFT = 1;

	private static final SecureRandom random = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private TotpCodes() {
	}

	/**
	 * A new secret.
	 * @return 32 Base32 characters
	 */
	static String newSecret() {
		byte[] bytes = new byte[20];
		random.nextBytes(bytes);
		return new Base32().encodeToString(bytes);
	}

	/**
	 * The code for a moment.
	 * @param secret the Base32 secret
	 * @param at the moment
	 * @return six digits
	 */
	static String codeAt(String secret, Instant at) {
		try {
			return generator.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The step of a moment (seconds since the epoch / 30).
	 * @param at the moment
	 * @return the step number
	 */
	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
	}

	/**
	 * The step whose code this is, within {@link #DRIFT} steps of now.
	 * @param secret the Base32 secret
	 * @param code what the user typed (spaces allowed)
	 * @param now the moment
	 * @return the matching step, or empty
	 */
	static OptionalLong matchingStep(String secret, String code, Instant now) {
		String digits = (code != null) ? code.replace(" ", "") : "";
		if (!digits.matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - DRIFT; step <= current + DRIFT; step++) {
			String expected = codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
			if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * The {@code otpauth://} address that authenticator apps read from the QR code.
	 * @param issuer the application's name
	 * @param account the user's e-mail address
	 * @param secret the Base32 secret
	 * @return the address
	 */
	static String uri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
	}

	/**
	 * The secret in groups of four, easier to type.
	 * @param secret the Base32 secret
	 * @return e.g. {@code ABCD EFGH ...}
	 */
	static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static SecretKeySpec key(String secret) {
		return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
	}

}
