package org.smrdesk.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a secret, as stored instead of the secret itself (API tokens, calendar
 * feed addresses, recovery codes): lower-case hex, as PostgreSQL's
 * {@code encode(sha256(...), 'hex')} writes it.
 */
public final class Sha256 {

	private Sha256() {
	}

	/**
	 * The hash of a text's UTF-8 bytes.
	 * @param text the text
	 * @return 64 lower-case hex digits
	 */
	public static String hex(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
