package org.smrdesk.core.pagecache;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Which tables a piece of work read: every table whose name appears in a statement the
 * work's thread sent through the application's data source (the listener
 * {@link TablesReadConfiguration} installs), plus those of values kept in memory it used
 * ({@link #add}). A kept page is valid while the numbers of those tables are unchanged
 * ({@link DataVersion}), and while the values kept in memory it showed are still the ones
 * kept ({@link #dependOn}).
 * <p>
 * A table is a position in {@code table_version} (migration V111): the names are read
 * once at start ({@link #know}). A name in a statement counts wherever it appears (a
 * column or an alias of the same name counts too): reading more tables than a page did
 * only makes it render again sooner, never later.
 */
public final class TablesRead {

	/** Statements seen by a node: the distinct ones stay few (Hibernate's and ours). */
	private static final int STATEMENTS_KEPT = 10_000;

	private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();

	private static final Map<String, BitSet> BY_STATEMENT = new ConcurrentHashMap<>();

	private static volatile Map<String, Integer> positions = Map.of();

	private TablesRead() {
	}

	/**
	 * Learns the tables' positions.
	 * @param names the names of {@code table_version}'s rows, in the order of their ids
	 */
	static void know(List<String> names) {
		Map<String, Integer> known = new ConcurrentHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			known.put(names.get(i), i);
		}
		positions = Map.copyOf(known);
		BY_STATEMENT.clear();
	}

	/**
	 * A table's position.
	 * @param table its name
	 * @return its position, or -1 when it is not known
	 */
	static int position(String table) {
		Integer position = positions.get(table);
		return (position != null) ? position : -1;
	}

	/**
	 * How many tables are known.
	 * @return the count
	 */
	static int known() {
		return positions.size();
	}

	/**
	 * Starts recording what this thread reads, inside any recording already running
	 * (whose tables get the same).
	 * @return the recording, to {@link Recording#stop() stop}
	 */
	static Recording start() {
		Recording recording = new Recording(RECORDING.get());
		RECORDING.set(recording);
		return recording;
	}

	/**
	 * Runs work and records the tables it read.
	 * @param <T> what it gives
	 * @param work the work
	 * @return its value and the tables it read
	 */
	public static <T> Read<T> during(Supplier<T> work) {
		Recording recording = start();
		try {
			T value = work.get();
			return new Read<>(value, recording.tables(), recording.checks());
		}
		finally {
			recording.stop();
		}
	}

	/**
	 * Adds tables read earlier (by a value kept in memory) to what this thread is
	 * recording now, if anything.
	 * @param tables the tables
	 */
	static void add(BitSet tables) {
		Recording recording = RECORDING.get();
		if (recording != null && tables != null) {
			recording.add(tables);
		}
	}

	/**
	 * Makes what this thread is recording now, if anything, depend on a value kept in
	 * memory rather than on the tables it was read from: a page that shows it stays valid
	 * while the value is the one kept (showing it again would show the same), and no
	 * longer once it was read again.
	 * @param stillCurrent whether the value shown is still the one kept
	 */
	public static void dependOn(BooleanSupplier stillCurrent) {
		Recording recording = RECORDING.get();
		if (recording != null) {
			recording.dependOn(stillCurrent);
		}
	}

	/**
	 * Notes a statement this thread sends.
	 * @param sql its text
	 */
	static void statement(String sql) {
		Recording recording = RECORDING.get();
		if (recording != null && sql != null) {
			recording.add(of(sql));
		}
	}

	/**
	 * The known tables a statement names (kept per statement).
	 * @param sql the statement
	 * @return their positions (not to be changed)
	 */
	public static BitSet of(String sql) {
		BitSet tables = BY_STATEMENT.get(sql);
		if (tables == null) {
			tables = tablesIn(sql, positions);
			if (BY_STATEMENT.size() >= STATEMENTS_KEPT) {
				BY_STATEMENT.clear();
			}
			BY_STATEMENT.put(sql, tables);
		}
		return tables;
	}

	/**
	 * The known tables named in a statement.
	 * @param sql the statement
	 * @param known the tables' positions by name
	 * @return their positions
	 */
	static BitSet tablesIn(String sql, Map<String, Integer> known) {
		BitSet tables = new BitSet();
		int length = sql.length();
		int start = -1;
		for (int i = 0; i <= length; i++) {
			char c = (i < length) ? sql.charAt(i) : ' ';
			boolean part = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
			if (part && start < 0) {
				start = i;
			}
			else if (!part && start >= 0) {
				Integer position = known.get(sql.substring(start, i).toLowerCase(java.util.Locale.ROOT));
				if (position != null) {
					tables.set(position);
				}
				start = -1;
			}
		}
		return tables;
	}

	/**
	 * A value with the tables it was read from.
	 *
	 * @param <T> the value's type
	 * @param value the value
	 * @param tables the tables (not to be changed)
	 * @param checks the values kept in memory it showed ({@link #dependOn}), each true
	 * while that value is still the one kept
	 */
	public record Read<T>(T value, BitSet tables, List<BooleanSupplier> checks) {
	}

	/**
	 * The tables read on a thread since {@link #start()}.
	 */
	static final class Recording {

		private final Recording outer;

		private final BitSet tables = new BitSet();

		private final List<BooleanSupplier> checks = new ArrayList<>();

		private Recording(Recording outer) {
			this.outer = outer;
		}

		private void add(BitSet read) {
			for (Recording recording = this; recording != null; recording = recording.outer) {
				recording.tables.or(read);
			}
		}

		private void dependOn(BooleanSupplier stillCurrent) {
			for (Recording recording = this; recording != null; recording = recording.outer) {
				recording.checks.add(stillCurrent);
			}
		}

		/**
		 * What was read so far.
		 * @return a copy
		 */
		BitSet tables() {
			return (BitSet) this.tables.clone();
		}

		/**
		 * The values kept in memory shown so far ({@link #dependOn}).
		 * @return a copy
		 */
		List<BooleanSupplier> checks() {
			return List.copyOf(this.checks);
		}

		/**
		 * Stops recording: the thread records for the outer recording again, if any.
		 */
		void stop() {
			if (RECORDING.get() == this) {
				if (this.outer != null) {
					RECORDING.set(this.outer);
				}
				else {
					RECORDING.remove();
				}
			}
		}

	}

}
