package org.smrdesk.user;

import java.nio.charset.StandardCharsets;

import org.smrdesk.core.FieldException;

/**
 * Password rules: at least 12 characters, and no more than BCrypt can hash (72 bytes).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static void check(String field, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new FieldException(field, "password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new FieldException(field, "password.tooLong");
		}
	}

}
