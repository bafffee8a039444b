package org.smrdesk.core;

/**
 * Text as the services store it. Web forms arrive trimmed already ({@link InputBinding});
 * what comes another way (the API, a CSV import, a fetched feed) goes through
 * {@link #blankToNull} before it is stored.
 */
public final class Text {

	private Text() {
	}

	/**
	 * The text without surrounding white space, or null when nothing is left.
	 * @param text the text (may be null)
	 * @return the stripped text, or null
	 */
	public static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The text as the literal part of a {@code like} pattern whose escape character is a
	 * backslash ({@code like :pattern escape '\\'}): its own {@code %}, {@code _} and
	 * backslashes match themselves.
	 * @param text the text
	 * @return the escaped text
	 */
	public static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
