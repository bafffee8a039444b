package org.smrdesk.operations;

import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two jobs for the tests, on both nodes, never due on their schedule: one fails twice
 * (its source is "down") then works; one always fails.
 */
@Configuration(proxyBeanMethods = false)
class TestJobs {

	static final AtomicInteger FLAKY_CALLS = new AtomicInteger();

	static final AtomicInteger BROKEN_CALLS = new AtomicInteger();

	@Bean
	Flaky flakyJob() {
		return new Flaky();
	}

	@Bean
	Broken brokenJob() {
		return new Broken();
	}

	static class Flaky {

		@Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.DAYS)
		@SchedulerLock(name = "test-flaky")
		public void run() {
			if (FLAKY_CALLS.incrementAndGet() <= 2) {
				throw new IllegalStateException("feed server down (call " + FLAKY_CALLS.get() + ")");
			}
		}

	}

	static class Broken {

		@Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.DAYS)
		@SchedulerLock(name = "test-broken")
		public void run() {
			BROKEN_CALLS.incrementAndGet();
			throw new IllegalArgumentException("mail relay refuses <us>");
		}

	}

}
