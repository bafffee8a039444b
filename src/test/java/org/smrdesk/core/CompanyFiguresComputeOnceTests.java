package org.smrdesk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A kept figure is computed once however many requests ask for it at the moment it is
 * missing: the others wait for that result instead of running the same aggregate again.
 */
class CompanyFiguresComputeOnceTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

	@Test
	void callersArrivingWhileAFigureIsComputedWaitForThatResult() throws Exception {
		CompanyFigures figures = new CompanyFigures(this.clock, Duration.ofMinutes(1));
		AtomicInteger computed = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			Future<Integer> first = threads.submit(() -> figures.get("slow", () -> {
				started.countDown();
				await(release);
				return computed.incrementAndGet();
			}));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Integer> second = threads.submit(() -> figures.get("slow", computed::incrementAndGet));
			Future<Integer> third = threads.submit(() -> figures.get("slow", computed::incrementAndGet));
			release.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(computed).hasValue(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aFailedComputationIsNotKept() {
		CompanyFigures figures = new CompanyFigures(this.clock, Duration.ofMinutes(1));
		assertThatIllegalStateException().isThrownBy(() -> figures.get("broken", () -> {
			throw new IllegalStateException("database away");
		}));
		assertThat(figures.<String>get("broken", () -> "back")).isEqualTo("back");
	}

	@Test
	void aFigureIsComputedAgainOnceItsTimeIsUp() {
		CompanyFigures keptNoTime = new CompanyFigures(this.clock, Duration.ZERO);
		AtomicInteger computed = new AtomicInteger();
		keptNoTime.get("figure", computed::incrementAndGet);
		keptNoTime.get("figure", computed::incrementAndGet);
		assertThat(computed).hasValue(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
