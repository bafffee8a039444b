package org.smrdesk.core;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one scheduling mechanism for background jobs: {@code @Scheduled} methods annotated
 * with {@code @SchedulerLock(name = "...")} run once across all nodes (ShedLock keeps the
 * lock in the {@code shedlock} table, timed by the database's clock; a lock is held at
 * least one second, so nodes whose clocks differ slightly never run the same due work
 * twice). Inside the lock, every run is recorded ({@code job_runs}, the lead's jobs
 * page), timed ({@code smr.jobs.runs}) and retried with backoff after a failure
 * ({@link JobRunInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", defaultLockAtLeastFor = "PT1S",
		order = SchedulingConfiguration.LOCK_ORDER)
class SchedulingConfiguration {

	/** ShedLock's advice runs first; the recording runs inside the lock. */
	static final int LOCK_ORDER = 0;

	@Bean
	LockProvider lockProvider(JdbcTemplate jdbc) {
		return new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build());
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor jobRunAdvisor(ObjectProvider<JobRuns> runs, ObjectProvider<TaskScheduler> scheduler,
			ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock, ObjectProvider<JobSettings> settings) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(SchedulerLock.class),
				new JobRunInterceptor(runs, scheduler, meters, clock, settings));
		advisor.setOrder(LOCK_ORDER + 10);
		return advisor;
	}

}
