package org.smrdesk.core.pagecache;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a few small tables hold (the departments with their head counts, say), read once
 * and used again by every request while those tables are unchanged: the numbers of
 * {@code table_version} are read with the signed-in user on every request anyway
 * ({@link DataVersion}), so knowing whether a table changed since the copy was read costs
 * no statement. A change committed on any node shows on the next request.
 * <p>
 * Only what is the same for everyone (a list of departments, not what one user may see of
 * it) and only for reading: the copy is shared by every request, so it is used only where
 * nothing can change it, namely a {@code GET} or {@code HEAD} request of a signed-in user
 * outside a read-write transaction. Anywhere else (a form sent, a job, a change and a
 * read in one transaction, whose own change is not counted until it commits) the reader
 * runs as if nothing were kept. A page that shows a kept copy depends on its tables as if
 * it had read them ({@link TablesRead}), so the page cache stays right.
 */
@Component
public class KeptTables implements SmartInitializingSingleton {

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	KeptTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Learns the tables' positions in {@code table_version} once the migrations have run.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		TablesRead.know(this.jdbc.queryForList("select name from table_version order by id", String.class));
	}

	/**
	 * The copy kept under a name while its tables are unchanged, else what the reader
	 * reads now (kept for the next request where this request may keep it).
	 * @param <T> what the reader gives (immutable, or never changed by whoever uses it)
	 * @param name names the copy (the same for every caller)
	 * @param tables the tables the reader reads
	 * @param reader reads the tables
	 * @return the copy
	 */
	@SuppressWarnings("unchecked")
	public <T> T read(String name, List<String> tables, Supplier<T> reader) {
		long[] now = versionsNow(tables);
		if (now == null) {
			return reader.get();
		}
		Kept copy = this.kept.get(name);
		if (copy != null && Arrays.equals(copy.versions(), now) && copy.tables().equals(tables)) {
			TablesRead.add(copy.positions());
			return (T) copy.value();
		}
		T value = reader.get();
		BitSet positions = new BitSet();
		tables.forEach((table) -> positions.set(TablesRead.position(table)));
		this.kept.put(name, new Kept(List.copyOf(tables), now, positions, value));
		return value;
	}

	/**
	 * Forgets every copy (for tests).
	 */
	void forget() {
		this.kept.clear();
	}

	/**
	 * The numbers of the tables as this request read them before reading anything else,
	 * or null where a copy may not be used.
	 */
	private static long[] versionsNow(List<String> tables) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return null;
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return null;
		}
		DataVersion.Read read = DataVersion.of(request);
		if (read == null) {
			return null;
		}
		long[] versions = new long[tables.size()];
		for (int i = 0; i < versions.length; i++) {
			int position = TablesRead.position(tables.get(i));
			if (position < 0 || position >= read.versions().length) {
				return null;
			}
			versions[i] = read.versions()[position];
		}
		return versions;
	}

	/**
	 * A copy and the numbers of its tables when it was read.
	 */
	private record Kept(List<String> tables, long[] versions, BitSet positions, Object value) {
	}

}
