package org.smrdesk.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.smrdesk.core.FieldException;

/**
 * Password rules: at least 12 characters, at most 128 (passphrases in any script: Argon2
 * has no 72-byte limit), and not one of the common passwords shipped in
 * {@code security-common-passwords.txt}.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	static void check(String field, String password) {
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < MIN_LENGTH) {
			throw new FieldException(field, "password.tooShort");
		}
		if (length > MAX_LENGTH) {
			throw new FieldException(field, "password.tooLong");
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || password.codePoints().distinct().count() <= 2) {
			throw new FieldException(field, "password.common");
		}
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security-common-passwords.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.trim().toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the common passwords list", ex);
		}
	}

}
