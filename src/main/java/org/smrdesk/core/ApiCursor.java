package org.smrdesk.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyset ("cursor") paging of the API's large lists, where an OFFSET page reads every row
 * before it: {@code ?cursor=} (empty) starts a walk through the matching records in the
 * order they were created (by id), each answer carries the next cursor in {@code next}
 * and in {@code Link: rel="next"} ({@link ApiPageLinks}) until the last. A record created
 * during the walk shows up at its end; none is seen twice. The cursor is opaque (it names
 * the list and the last record seen) and checked: one that is not ours or belongs to
 * another list is a 400. It grants nothing: the filters and the user's rights apply to
 * every answer.
 */
public final class ApiCursor {

	/** The request parameter. */
	public static final String PARAMETER = "cursor";

	private static final Pattern TOKEN = Pattern.compile("c1:([a-z-]{1,40}):([0-9]{1,18})");

	private ApiCursor() {
	}

	/**
	 * The cursor that continues a walk after a record.
	 * @param list the list's name ({@code activities})
	 * @param lastId the id of the last record answered
	 * @return the opaque cursor
	 */
	public static String after(String list, long lastId) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("c1:" + list + ":" + lastId).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The id a walk continues after.
	 * @param list the list's name
	 * @param cursor the request's cursor, empty to start
	 * @return the last id answered, 0 at the start
	 * @throws InvalidCursorException when the cursor is not one of this list's
	 */
	public static long position(String list, String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException();
		}
		Matcher matcher = TOKEN.matcher(decoded);
		if (!matcher.matches() || !matcher.group(1).equals(list)) {
			throw new InvalidCursorException();
		}
		return Long.parseLong(matcher.group(2));
	}

	/**
	 * A cursor that is not one this list gave out (answered with 400).
	 */
	public static class InvalidCursorException extends RuntimeException {

		InvalidCursorException() {
			this("This cursor is not one this list gave out: use the \"next\" cursor of the previous answer "
					+ "(or an empty cursor to start).");
		}

		InvalidCursorException(String message) {
			super(message);
		}

	}

}
