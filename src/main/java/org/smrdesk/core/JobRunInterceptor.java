package org.smrdesk.core;

import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.ReflectionUtils;

/**
 * Around every {@code @SchedulerLock} job, inside the lock (so only the node that runs
 * the job records it): the run in {@code job_runs}, a timer per job and outcome
 * ({@code smr.jobs.runs}), and after a failure a retry with backoff (the backoff doubling
 * per attempt, up to {@code smr.jobs.max-attempts}), taken through the lock again.
 */
class JobRunInterceptor implements MethodInterceptor {

	private static final Log logger = LogFactory.getLog(JobRunInterceptor.class);

	private static final ThreadLocal<Integer> ATTEMPT = ThreadLocal.withInitial(() -> 1);

	private final ObjectProvider<JobRuns> runs;

	private final ObjectProvider<TaskScheduler> scheduler;

	private final ObjectProvider<MeterRegistry> meters;

	private final ObjectProvider<Clock> clock;

	private final ObjectProvider<JobSettings> settings;

	private final String node;

	JobRunInterceptor(ObjectProvider<JobRuns> runs, ObjectProvider<TaskScheduler> scheduler,
			ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock, ObjectProvider<JobSettings> settings) {
		this.runs = runs;
		this.scheduler = scheduler;
		this.meters = meters;
		this.clock = clock;
		this.settings = settings;
		this.node = hostName() + "#" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(invocation.getMethod(), SchedulerLock.class);
		if (lock == null) {
			return invocation.proceed();
		}
		String job = lock.name();
		int attempt = ATTEMPT.get();
		JobRuns runs = this.runs.getObject();
		runs.started(job, this.node);
		long start = System.nanoTime();
		try {
			Object result = invocation.proceed();
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			runs.succeeded(job, took);
			time(job, "success", took);
			return result;
		}
		catch (Throwable ex) {
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			Instant retryAt = retry(invocation, job, attempt);
			runs.failed(job, took, ex, retryAt);
			time(job, "failure", took);
			logger.error("Job " + job + " failed (attempt " + attempt + ")"
					+ ((retryAt != null) ? ", retried at " + retryAt : ", no retry before its next run"), ex);
			throw ex;
		}
	}

	private Instant retry(MethodInvocation invocation, String job, int attempt) {
		TaskScheduler tasks = this.scheduler.getIfAvailable();
		JobSettings settings = this.settings.getObject();
		if (attempt >= settings.maxAttempts() || tasks == null
				|| !(invocation instanceof ProxyMethodInvocation proxied)) {
			return null;
		}
		Duration backoff = settings.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
		Instant at = this.clock.getObject().instant().plus(backoff);
		Object proxy = proxied.getProxy();
		Method method = invocation.getMethod();
		tasks.schedule(() -> {
			ATTEMPT.set(attempt + 1);
			try {
				ReflectionUtils.makeAccessible(method);
				method.invoke(proxy);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				logger.debug("Retry of " + job + " failed", ex);
			}
			finally {
				ATTEMPT.remove();
			}
		}, at);
		return at;
	}

	private void time(String job, String outcome, Duration took) {
		MeterRegistry registry = this.meters.getIfAvailable();
		if (registry != null) {
			Timer.builder("smr.jobs.runs")
				.description("Runs of background jobs on this node")
				.tag("job", job)
				.tag("outcome", outcome)
				.register(registry)
				.record(took.toNanos(), TimeUnit.NANOSECONDS);
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "node";
		}
	}

}
