package org.smrdesk.core.pagecache;

import jakarta.servlet.ServletRequest;

/**
 * The number that changes whenever a committed transaction changed data a page may show
 * ({@code data_version}, counted by the triggers of migration V107), as read at the start
 * of this request, before the page read its data.
 */
public final class DataVersion {

	/**
	 * The column to select beside the signed-in user: the number now.
	 */
	public static final String SELECT = "(select version from data_version where id = 1) as data_version";

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private DataVersion() {
	}

	/**
	 * Remembers the number read for this request.
	 * @param request the request
	 * @param version the number
	 */
	public static void remember(ServletRequest request, long version) {
		request.setAttribute(ATTRIBUTE, version);
	}

	/**
	 * The number read for this request.
	 * @param request the request
	 * @return the number, or null when none was read (no signed-in user)
	 */
	public static Long of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Long version) ? version : null;
	}

}
