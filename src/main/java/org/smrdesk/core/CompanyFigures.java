package org.smrdesk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.smrdesk.core.pagecache.TablesRead;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Company-wide figures of the dashboards (activities per department this month, training
 * and acknowledgement coverage, mention volume, the team, the goals), kept for a short
 * while instead of being computed again for every view of a home page: each is one
 * aggregate over the whole history, and the lead's home page shows several.
 * <p>
 * Only for figures that are the same for everyone who may see them: a figure shown to a
 * role or a department must never be kept here under a key that another role or
 * department could read. Whoever asks must already have passed the visibility check (the
 * panel's {@code isVisibleTo}). Figures may be up to {@code smr.home.figures-for} old (a
 * minute by default); lists of things to act on are never kept here.
 * <p>
 * <b>Kept warm in the background, per node:</b> a refresher thread computes every figure
 * read in the last ten keeping times again when three quarters of its time are up, so
 * requests find it fresh and never compute it. Should the refresher fall behind, a
 * request is shown the figure kept so far (up to one more keeping time) while the
 * refresher computes it. Only a figure never computed yet (or forgotten, or unread for
 * long) is computed by a request, once: callers arriving meanwhile wait for that one
 * computation. Every computation runs in a read-only transaction of its own unless the
 * caller has one, so a caller that asks outside a transaction (the home page's
 * company-wide panels, the coverage page) holds no pooled connection while it waits.
 * <p>
 * With a keeping time of zero (the tests' setting) nothing is kept and no thread started:
 * every read computes the figure in the caller.
 */
@Component
public class CompanyFigures implements DisposableBean {

	private static final Log logger = LogFactory.getLog(CompanyFigures.class);

	/** A figure unread for this many keeping times is no longer refreshed and dropped. */
	static final int IDLE_AFTER = 10;

	private final Map<String, Figure> kept = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration keepFor;

	private final TransactionOperations transactions;

	private final ScheduledExecutorService refresher;

	@Autowired
	CompanyFigures(Clock clock, @Value("${smr.home.figures-for:1m}") Duration keepFor,
			PlatformTransactionManager transactionManager) {
		this(clock, keepFor, readOnly(transactionManager), keepFor.isZero() ? null : refresherThread());
		if (this.refresher != null) {
			long every = Math.max(1000, keepFor.toMillis() / 12);
			this.refresher.scheduleWithFixedDelay(this::refreshDue, every, every, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Figures computed without a transaction and refreshed only when
	 * {@link #refreshDue()} is called (for tests).
	 */
	CompanyFigures(Clock clock, Duration keepFor) {
		this(clock, keepFor, TransactionOperations.withoutTransaction(), null);
	}

	CompanyFigures(Clock clock, Duration keepFor, TransactionOperations transactions,
			ScheduledExecutorService refresher) {
		this.clock = clock;
		this.keepFor = keepFor;
		this.transactions = transactions;
		this.refresher = refresher;
	}

	private static TransactionOperations readOnly(PlatformTransactionManager transactionManager) {
		TransactionTemplate template = new TransactionTemplate(transactionManager);
		template.setReadOnly(true);
		return template;
	}

	private static ScheduledExecutorService refresherThread() {
		return Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "company-figures");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * A figure: the one kept when still fresh, else the one kept so far while it is
	 * computed again in the background, else computed now (once for all callers).
	 * @param <T> its type (immutable: records, copies of lists)
	 * @param key names the figure (the same for every viewer)
	 * @param compute computes it (also later, in the background, without the caller's
	 * request or security context)
	 * @return the figure
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String key, Supplier<T> compute) {
		if (this.keepFor.isZero()) {
			return (T) compute(compute);
		}
		Instant now = this.clock.instant();
		Figure figure = this.kept.computeIfAbsent(key, (name) -> new Figure());
		figure.read(now, compute);
		Computed current = figure.current;
		if (current != null && now.isBefore(current.until())) {
			return (T) shown(key, figure, current);
		}
		if (current != null && now.isBefore(current.until().plus(this.keepFor)) && this.refresher != null) {
			this.refresher.execute(() -> refresh(figure));
			return (T) shown(key, figure, current);
		}
		return (T) shown(key, figure, figure.computeOnce(this));
	}

	/**
	 * Whether figures are kept at all (not with a keeping time of zero, the tests').
	 * @return true when they are
	 */
	public boolean keeps() {
		return !this.keepFor.isZero();
	}

	/**
	 * How many figures are kept.
	 * @return the count
	 */
	public int size() {
		return this.kept.size();
	}

	/**
	 * Forgets every figure (after a change that must show at once): the next read
	 * computes each again.
	 */
	public void forgetAll() {
		this.kept.clear();
	}

	/**
	 * Computes again, in the calling thread, every figure read lately whose time is three
	 * quarters up, and drops the figures nobody has read for {@value #IDLE_AFTER} keeping
	 * times. The refresher thread calls it every twelfth of the keeping time.
	 */
	void refreshDue() {
		Instant now = this.clock.instant();
		Instant idleSince = now.minus(this.keepFor.multipliedBy(IDLE_AFTER));
		Duration margin = this.keepFor.dividedBy(4);
		this.kept.forEach((key, figure) -> {
			if (figure.lastRead.isBefore(idleSince)) {
				this.kept.remove(key, figure);
				return;
			}
			Computed current = figure.current;
			if (current != null && !now.isBefore(current.until().minus(margin))) {
				refresh(figure);
			}
		});
	}

	private void refresh(Figure figure) {
		if (!figure.refreshing.compareAndSet(false, true)) {
			return;
		}
		try {
			Object value = compute(figure.compute);
			figure.current = new Computed(value, this.clock.instant().plus(this.keepFor));
		}
		catch (RuntimeException ex) {
			// the figure kept so far stays until it is too old; the next tick tries again
			logger.warn("Could not refresh a dashboard figure", ex);
		}
		finally {
			figure.refreshing.set(false);
		}
	}

	private Object compute(Supplier<?> compute) {
		return this.transactions.execute((status) -> compute.get());
	}

	@Override
	public void destroy() {
		if (this.refresher != null) {
			this.refresher.shutdownNow();
		}
	}

	/**
	 * A figure's value, for a page that shows it (core.pagecache): a kept page showing it
	 * is valid while this value is the one kept and may still be shown, for showing the
	 * page again would show the same value whatever changed in its tables meanwhile. A
	 * value computed by this very request was read by its own statements, tables and all.
	 */
	private Object shown(String key, Figure figure, Computed computed) {
		TablesRead.dependOn(() -> this.kept.get(key) == figure && figure.current == computed
				&& this.clock.instant().isBefore(computed.until().plus(this.keepFor)));
		return computed.value();
	}

	/**
	 * A computed value and until when it is fresh.
	 */
	private record Computed(Object value, Instant until) {
	}

	/**
	 * One figure: its value, how to compute it (the latest reader's way) and when it was
	 * last read.
	 */
	private static final class Figure {

		private volatile Computed current;

		private volatile Supplier<?> compute;

		private volatile Instant lastRead;

		private final AtomicReference<CompletableFuture<Computed>> computing = new AtomicReference<>();

		private final AtomicBoolean refreshing = new AtomicBoolean();

		void read(Instant now, Supplier<?> compute) {
			this.lastRead = now;
			this.compute = compute;
		}

		/**
		 * Computes the figure in the caller, or waits for the caller already computing
		 * it; a failed computation is not kept.
		 */
		Computed computeOnce(CompanyFigures figures) {
			CompletableFuture<Computed> mine = new CompletableFuture<>();
			CompletableFuture<Computed> running = this.computing.compareAndExchange(null, mine);
			if (running == null) {
				try {
					Computed done = this.current;
					if (done != null && figures.clock.instant().isBefore(done.until())) {
						// computed by the caller that was just before this one
						mine.complete(done);
						return done;
					}
					Computed computed = new Computed(figures.compute(this.compute),
							figures.clock.instant().plus(figures.keepFor));
					this.current = computed;
					mine.complete(computed);
					return computed;
				}
				catch (RuntimeException | Error ex) {
					mine.completeExceptionally(ex);
					throw ex;
				}
				finally {
					this.computing.set(null);
				}
			}
			try {
				return running.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}

	}

}
