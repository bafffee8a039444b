package org.smrdesk.contact;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.smrdesk.core.Text;

/**
 * How contacts are recognised again: e-mail addresses compared in lower case, handles
 * without "@", trailing "/" or case (duplicate detection, CSV import).
 */
final class ContactKeys {

	private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

	private static final int MAX_HANDLES = 10;

	private ContactKeys() {
	}

	/**
	 * The handles of a contact's handles field.
	 * @param text the field, handles separated by commas, semicolons or spaces
	 * @return at most ten handles, normalised
	 */
	static Set<String> handles(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		Set<String> handles = new LinkedHashSet<>();
		Arrays.stream(SEPARATORS.split(text.trim().toLowerCase(Locale.ROOT)))
			.map((h) -> h.startsWith("@") ? h.substring(1) : h)
			.map((h) -> h.endsWith("/") ? h.substring(0, h.length() - 1) : h)
			.filter((h) -> h.length() >= 2)
			.limit(MAX_HANDLES)
			.forEach(handles::add);
		return handles;
	}

	/**
	 * An e-mail address as stored and compared.
	 * @param email the address typed, or null
	 * @return the address in lower case, or null when blank
	 */
	static String email(String email) {
		String value = Text.blankToNull(email);
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

}
