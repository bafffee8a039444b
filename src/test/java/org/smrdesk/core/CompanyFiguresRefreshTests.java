package org.smrdesk.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.smrdesk.MovableClock;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept figures are computed again in the background before they expire, so a request
 * after the first one never computes them: it finds them fresh, or (should the refresher
 * be late) is shown the figure kept so far while the refresher computes it. Figures
 * nobody reads any more are dropped.
 */
class CompanyFiguresRefreshTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T12:00:00Z"));

	private final QueuedExecutor refresher = new QueuedExecutor();

	private final CompanyFigures figures = new CompanyFigures(this.clock, Duration.ofMinutes(1),
			TransactionOperations.withoutTransaction(), this.refresher);

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void aFigureIsComputedAgainInTheBackgroundBeforeItExpires() {
		assertThat(this.figures.get("figure", this.computed::incrementAndGet)).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(30));
		this.figures.refreshDue();
		assertThat(this.computed).as("not due at half time").hasValue(1);

		this.clock.advance(Duration.ofSeconds(20));
		this.figures.refreshDue();
		assertThat(this.computed).as("due with a quarter of its time left").hasValue(2);

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.figures.get("figure", requestMustNotCompute())).isEqualTo(2);
	}

	@Test
	void anExpiredFigureIsShownWhileTheRefresherComputesItNotTheRequest() {
		this.figures.get("figure", this.computed::incrementAndGet);
		this.clock.advance(Duration.ofSeconds(70));

		assertThat(this.figures.get("figure", this.computed::incrementAndGet)).isEqualTo(1);
		assertThat(this.computed).as("computed by no request").hasValue(1);
		assertThat(this.refresher.tasks).hasSize(1);

		this.refresher.runAll();
		assertThat(this.computed).hasValue(2);
		assertThat(this.figures.get("figure", requestMustNotCompute())).isEqualTo(2);
	}

	@Test
	void aFigureFarTooOldIsComputedByTheRequest() {
		this.figures.get("figure", this.computed::incrementAndGet);
		this.clock.advance(Duration.ofMinutes(3));

		assertThat(this.figures.get("figure", this.computed::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aFigureNobodyReadsIsNoLongerRefreshedAndDropped() {
		this.figures.get("figure", this.computed::incrementAndGet);
		for (int minute = 0; minute < CompanyFigures.IDLE_AFTER + 1; minute++) {
			this.clock.advance(Duration.ofSeconds(50));
			this.figures.refreshDue();
			this.clock.advance(Duration.ofSeconds(10));
		}
		int refreshed = this.computed.get();
		assertThat(refreshed).isBetween(2, CompanyFigures.IDLE_AFTER + 1);

		this.clock.advance(Duration.ofSeconds(50));
		this.figures.refreshDue();
		assertThat(this.computed).as("dropped, not refreshed").hasValue(refreshed);
		assertThat(this.figures.get("figure", () -> -1)).as("computed again when read").isEqualTo(-1);
	}

	@Test
	void aFailedRefreshKeepsTheFigureKeptSoFar() {
		this.figures.get("figure", () -> 1);
		this.clock.advance(Duration.ofSeconds(50));
		this.figures.get("figure", () -> {
			throw new IllegalStateException("database away");
		});
		this.figures.refreshDue();

		assertThat(this.figures.<Integer>get("figure", requestMustNotCompute())).isEqualTo(1);
	}

	@Test
	void forgottenFiguresAreComputedAgainAtOnce() {
		this.figures.get("figure", this.computed::incrementAndGet);
		this.figures.forgetAll();

		assertThat(this.figures.get("figure", this.computed::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void withNoKeepingTimeEveryReadComputesAndNothingIsRefreshed() {
		CompanyFigures keptNoTime = new CompanyFigures(this.clock, Duration.ZERO,
				TransactionOperations.withoutTransaction(), this.refresher);
		keptNoTime.get("figure", this.computed::incrementAndGet);
		keptNoTime.get("figure", this.computed::incrementAndGet);
		keptNoTime.refreshDue();

		assertThat(this.computed).hasValue(2);
		assertThat(this.refresher.tasks).isEmpty();
	}

	private static Supplier<Integer> requestMustNotCompute() {
		return () -> {
			throw new AssertionError("computed by the request");
		};
	}

	/**
	 * A clock the test moves.
	 */

	/**
	 * An executor that runs its tasks only when the test says so.
	 */
	static final class QueuedExecutor extends AbstractExecutorService implements ScheduledExecutorService {

		final List<Runnable> tasks = new ArrayList<>();

		@Override
		public void execute(Runnable command) {
			this.tasks.add(command);
		}

		void runAll() {
			List<Runnable> now = new ArrayList<>(this.tasks);
			this.tasks.clear();
			now.forEach(Runnable::run);
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
				TimeUnit unit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void shutdown() {
		}

		@Override
		public List<Runnable> shutdownNow() {
			return List.of();
		}

		@Override
		public boolean isShutdown() {
			return false;
		}

		@Override
		public boolean isTerminated() {
			return false;
		}

		@Override
		public boolean awaitTermination(long timeout, TimeUnit unit) {
			return true;
		}

	}

}
