package org.smrdesk.core.pagecache;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;

import jakarta.servlet.ServletRequest;

/**
 * The numbers that change whenever a committed transaction changed a table a page may
 * read, one per table ({@code table_version}, counted by the triggers of migrations V107
 * and V111), as read at the start of this request, before the page read its data.
 */
public final class DataVersion {

	/**
	 * The column to select beside the signed-in user: the numbers now, in the order of
	 * the tables' ids.
	 */
	public static final String SELECT = "(select array_agg(version order by id) from table_version) as data_versions";

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private static final long[] NONE = {};

	private DataVersion() {
	}

	/**
	 * The numbers in a row selected with {@link #SELECT}.
	 * @param row the row
	 * @return the numbers
	 * @throws SQLException when the column cannot be read
	 */
	public static long[] read(ResultSet row) throws SQLException {
		Array array = row.getArray("data_versions");
		if (array == null) {
			return NONE;
		}
		Object[] numbers = (Object[]) array.getArray();
		long[] versions = new long[numbers.length];
		for (int i = 0; i < numbers.length; i++) {
			versions[i] = ((Number) numbers[i]).longValue();
		}
		array.free();
		return versions;
	}

	/**
	 * Remembers the numbers read for this request, and the statement that read them with
	 * the signed-in user: every page of the request depends on its tables too (the user's
	 * zone, say, is read there and shown on every page).
	 * @param request the request
	 * @param versions the numbers
	 * @param statement the statement that read them
	 */
	public static void remember(ServletRequest request, long[] versions, String statement) {
		request.setAttribute(ATTRIBUTE, new Read(versions, TablesRead.of(statement)));
	}

	/**
	 * The numbers read for this request.
	 * @param request the request
	 * @return the numbers and the tables read with them, or null when none were read (no
	 * signed-in user)
	 */
	static Read of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Read read) ? read : null;
	}

	/**
	 * What was read with the signed-in user.
	 *
	 * @param versions the numbers of every table
	 * @param tables the tables the statement read
	 */
	record Read(long[] versions, BitSet tables) {
	}

}
