package org.smrdesk.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search box's text becomes for PostgreSQL full text search: its words (letters
 * and digits only, at most eight, lower case) and a prefix query over them, so no
 * operator typed by a user reaches {@code to_tsquery}.
 */
public final class FullText {

	/** The most words a search uses. */
	public static final int MAX_WORDS = 8;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private FullText() {
	}

	/**
	 * The words of a search text.
	 * @param text what the user typed (may be null)
	 * @return its words, lower case, at most {@link #MAX_WORDS}
	 */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * A prefix full-text query: every typed word must start a word of the record.
	 * @param text what the user typed (may be null)
	 * @return a {@code to_tsquery('simple', ...)} expression, or empty
	 */
	public static String prefixQuery(String text) {
		return String.join(" & ", words(text).stream().map((w) -> w + ":*").toList());
	}

}
