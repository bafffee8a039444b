package org.smrdesk.core.pagecache;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.util.unit.DataSize;

/**
 * Pages kept per session: a page's response is sent again from memory while the tables it
 * read ({@link TablesRead}, {@link DataVersion}), the signed-in user as read on this
 * request, the request itself and the minute are the same as when it was rendered.
 * <p>
 * <b>Why it is safe.</b> A kept page is only ever sent to the session it was rendered for
 * (the session id is part of the key), so no role or department sees another's data, and
 * the CSRF token inside it is that session's own. The key holds the user as read fresh on
 * this request (role, department, active), so a change of rights misses at once, on every
 * node; the authorization filters run before the cache is asked. Any committed change to
 * a table changes that table's number in {@code table_version}; the numbers are read
 * before the page reads its data, and a page is kept with the numbers of every table it
 * read (each statement it sent, each figure kept in memory it showed, and the tables read
 * with the signed-in user), so it is never sent again once one of those tables changed. A
 * session that sends anything but a {@code GET} forgets its pages (its own change shows
 * at once even before its transaction's number is read). Times shown as "now" or
 * "overdue" are at most one keeping time ({@code smr.page-cache.keep-for}, a minute) old.
 * <p>
 * <b>What it saves.</b> Rendering and the page's statements, for a page seen again while
 * the tables it shows are unchanged (the dashboard, a list after a record, the lists of a
 * morning's triage; the activities while feeds bring mentions). The first view of a page,
 * and every view after a change to what it shows, costs what it did.
 */
public class PageCache {

	private final Cache<Key, Page> pages;

	private final Clock clock;

	private final long keepForMillis;

	private final int largestPage;

	private final LongAdder sent = new LongAdder();

	private final LongAdder rendered = new LongAdder();

	/**
	 * A cache.
	 * @param clock the application's clock (the minute is part of the key)
	 * @param keepFor how long a page is kept at most
	 * @param size the memory all kept pages may take together
	 * @param largestPage the largest response kept (larger ones pass through)
	 */
	public PageCache(Clock clock, Duration keepFor, DataSize size, DataSize largestPage) {
		this.clock = clock;
		this.keepForMillis = Math.max(1, keepFor.toMillis());
		this.largestPage = (int) Math.min(Integer.MAX_VALUE, largestPage.toBytes());
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((Key key, Page page) -> page.weight())
			.expireAfterWrite(keepFor)
			.build();
	}

	/**
	 * The key of a request now.
	 * @param session the session's id
	 * @param user the signed-in user as read on this request
	 * @param request what was asked: path and query, and the headers the page may depend
	 * on
	 * @return the key
	 */
	Key key(String session, Object user, String request) {
		return new Key(session, user, this.clock.millis() / this.keepForMillis, request);
	}

	/**
	 * The page kept under a key, if the tables it read are unchanged.
	 * @param key the key
	 * @param versions the numbers of the tables now
	 * @return the page, or null
	 */
	Page get(Key key, long[] versions) {
		Page page = this.pages.getIfPresent(key);
		if (page != null && page.validFor(versions)) {
			this.sent.increment();
			return page;
		}
		return null;
	}

	/**
	 * Counts a view of a cached page rendered: not found, or kept no longer valid.
	 */
	void countRendered() {
		this.rendered.increment();
	}

	/**
	 * How many views of a cached page were sent from memory on this node so far.
	 * @return the count
	 */
	public long sent() {
		return this.sent.sum();
	}

	/**
	 * How many views of a cached page were rendered on this node so far (first views,
	 * views after a change; kept then or not).
	 * @return the count
	 */
	public long rendered() {
		return this.rendered.sum();
	}

	void put(Key key, Page page) {
		this.pages.put(key, page);
	}

	/**
	 * Forgets every page of a session.
	 * @param session the session's id
	 */
	void forget(String session) {
		this.pages.asMap().keySet().removeIf((key) -> key.session().equals(session));
	}

	/**
	 * Forgets every page (a test's or an operator's reset).
	 */
	public void clear() {
		this.pages.invalidateAll();
	}

	/**
	 * How many pages are kept now.
	 * @return the count
	 */
	public long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	int largestPage() {
		return this.largestPage;
	}

	/**
	 * What a kept page is kept under.
	 *
	 * @param session the session's id
	 * @param user the signed-in user as read on the request
	 * @param period the keeping time the page was rendered in
	 * @param request path, query and the headers the response may depend on
	 */
	record Key(String session, Object user, long period, String request) {
	}

	/**
	 * A kept response: always a 200.
	 *
	 * @param contentType its content type
	 * @param headers the headers the page set (not those every response gets)
	 * @param body its body
	 * @param formKeys where the body holds a form's one-time key (the hidden
	 * {@value #FORM_KEY} field that makes a repeated submit harmless): each is replaced
	 * by a new one whenever the page is sent, so two copies of a page never share a key
	 * @param tables the tables the page read
	 * @param versions the numbers of those tables when the page began to read them (by
	 * table position; the others are not looked at)
	 * @param checks whether each value kept in memory the page showed is still the one
	 * kept ({@link TablesRead#dependOn})
	 */
	record Page(String contentType, List<Map.Entry<String, String>> headers, byte[] body, int[] formKeys, BitSet tables,
			long[] versions, List<BooleanSupplier> checks) {

		/** The hidden field {@code org.smrdesk.core.IdempotencyInterceptor} reads. */
		static final String FORM_KEY = "_idempotencyKey";

		private static final byte[] FORM_KEY_VALUE = ("name=\"" + FORM_KEY + "\" value=\"")
			.getBytes(StandardCharsets.US_ASCII);

		private static final int KEY_LENGTH = 36;

		/**
		 * A page with its form keys found.
		 * @param contentType its content type
		 * @param headers the headers the page set
		 * @param body its body
		 * @param tables the tables it read
		 * @param versions the numbers of the tables read before it read them
		 * @param checks the values kept in memory it showed
		 * @return the page
		 */
		static Page of(String contentType, List<Map.Entry<String, String>> headers, byte[] body, BitSet tables,
				long[] versions, List<BooleanSupplier> checks) {
			int[] keys = new int[8];
			int count = 0;
			for (int at = indexOf(body, 0); at >= 0; at = indexOf(body, at + KEY_LENGTH)) {
				if (at + KEY_LENGTH < body.length && body[at + KEY_LENGTH] == '"') {
					if (count == keys.length) {
						keys = Arrays.copyOf(keys, count * 2);
					}
					keys[count++] = at;
				}
			}
			return new Page(contentType, headers, body, Arrays.copyOf(keys, count), tables, versions, checks);
		}

		/**
		 * Whether every table the page read has the number it had then, and every value
		 * kept in memory it showed is still the one kept.
		 * @param now the numbers now
		 * @return true when the page shows what a new rendering would
		 */
		boolean validFor(long[] now) {
			for (int table = this.tables.nextSetBit(0); table >= 0; table = this.tables.nextSetBit(table + 1)) {
				if (table >= now.length || table >= this.versions.length || now[table] != this.versions[table]) {
					return false;
				}
			}
			for (BooleanSupplier check : this.checks) {
				if (!check.getAsBoolean()) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The body to send now: with new form keys.
		 * @return the body
		 */
		byte[] bodyToSend() {
			if (this.formKeys.length == 0) {
				return this.body;
			}
			byte[] sent = this.body.clone();
			for (int at : this.formKeys) {
				byte[] key = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
				System.arraycopy(key, 0, sent, at, KEY_LENGTH);
			}
			return sent;
		}

		int weight() {
			return this.body.length + 4 * this.formKeys.length + 8 * this.versions.length + 256;
		}

		/**
		 * Where the next key value starts.
		 */
		private static int indexOf(byte[] body, int from) {
			byte first = FORM_KEY_VALUE[0];
			int last = body.length - FORM_KEY_VALUE.length;
			for (int i = from; i <= last; i++) {
				if (body[i] == first && Arrays.equals(body, i, i + FORM_KEY_VALUE.length, FORM_KEY_VALUE, 0,
						FORM_KEY_VALUE.length)) {
					return i + FORM_KEY_VALUE.length;
				}
			}
			return -1;
		}

	}

}
