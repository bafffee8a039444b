package org.smrdesk.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Every background job of this node: the {@code @Scheduled} methods that carry ShedLock's
 * {@code @SchedulerLock} (the one scheduling mechanism, see
 * {@link SchedulingConfiguration}), found once at start-up, with the next time this node
 * will start each.
 */
@Component
public class ScheduledJobs implements SmartInitializingSingleton {

	private final ConfigurableListableBeanFactory beans;

	private final ObjectProvider<ScheduledTaskHolder> holders;

	private final List<Job> jobs = new ArrayList<>();

	ScheduledJobs(ConfigurableListableBeanFactory beans, ObjectProvider<ScheduledTaskHolder> holders) {
		this.beans = beans;
		this.holders = holders;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (String name : this.beans.getBeanDefinitionNames()) {
			if (!this.beans.containsSingleton(name) || name.startsWith("scopedTarget.")) {
				continue;
			}
			Object bean = this.beans.getSingleton(name);
			if (bean == null) {
				continue;
			}
			Class<?> type = AopUtils.getTargetClass(bean);
			ReflectionUtils.doWithMethods(type, (method) -> {
				SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
				if (lock != null && AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
					ReflectionUtils.makeAccessible(method);
					this.jobs.add(new Job(lock.name(), type.getName(), method, bean));
				}
			});
		}
		this.jobs.sort(Comparator.comparing(Job::name));
	}

	/**
	 * The jobs of this node, by name.
	 * @return the jobs
	 */
	public List<Job> jobs() {
		return List.copyOf(this.jobs);
	}

	/**
	 * When this node next starts the job on its schedule.
	 * @param job the job
	 * @return the time, if scheduled here
	 */
	public Optional<Instant> nextRun(Job job) {
		String prefix = job.type();
		String suffix = "." + job.method().getName();
		for (ScheduledTaskHolder holder : this.holders) {
			for (ScheduledTask task : holder.getScheduledTasks()) {
				String description = task.toString();
				if (description.startsWith(prefix) && description.endsWith(suffix)) {
					return Optional.ofNullable(task.nextExecution());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Runs the job now, in the caller's thread, as its schedule would: through ShedLock
	 * (skipped while another node holds the lock) and recorded in {@code job_runs}.
	 * @param name the job
	 */
	public void runNow(String name) {
		Job job = this.jobs.stream()
			.filter((j) -> j.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("job", name));
		try {
			job.method().invoke(job.bean());
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A background job.
	 *
	 * @param name its lock name, unique across the application
	 * @param type the class that declares it
	 * @param method the scheduled method
	 * @param bean the bean to call it on (with ShedLock's proxy)
	 */
	public record Job(String name, String type, Method method, Object bean) {

		public String handler() {
			return this.type.substring(this.type.lastIndexOf('.') + 1) + "." + this.method.getName();
		}

	}

}
