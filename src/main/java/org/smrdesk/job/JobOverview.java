package org.smrdesk.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.JobRuns;
import org.smrdesk.core.JobRuns.JobRun;
import org.smrdesk.core.ScheduledJobs;

import org.springframework.stereotype.Service;

/**
 * The jobs page's rows: every job scheduled on this node, with its last run on any node
 * (from {@code job_runs}), and the jobs that ran elsewhere but are not scheduled here
 * (polling switched off on this node, say).
 */
@Service
public class JobOverview {

	private final ScheduledJobs jobs;

	private final JobRuns runs;

	JobOverview(ScheduledJobs jobs, JobRuns runs) {
		this.jobs = jobs;
		this.runs = runs;
	}

	/**
	 * Every job, by name.
	 * @return the rows
	 */
	public List<Row> rows() {
		Map<String, JobRun> last = this.runs.all();
		List<Row> rows = new ArrayList<>();
		for (ScheduledJobs.Job job : this.jobs.jobs()) {
			JobRun run = last.remove(job.name());
			Instant next = this.jobs.nextRun(job).orElse(null);
			if (run != null && run.retryAt() != null && (next == null || run.retryAt().isBefore(next))) {
				next = run.retryAt();
			}
			rows.add(new Row(job.name(), job.handler(), true, next, run));
		}
		last.values().forEach((run) -> rows.add(new Row(run.name(), null, false, run.retryAt(), run)));
		rows.sort((a, b) -> a.name().compareTo(b.name()));
		return rows;
	}

	/**
	 * A job on the page.
	 *
	 * @param name the job
	 * @param handler the method that does the work
	 * @param scheduledHere whether this node runs it on a schedule
	 * @param nextRun when it next runs (on this node's schedule, or its retry)
	 * @param lastRun its last run on any node, or {@code null} if it never ran
	 */
	public record Row(String name, String handler, boolean scheduledHere, Instant nextRun, JobRun lastRun) {

		public boolean failing() {
			return this.lastRun != null && this.lastRun.failing();
		}

	}

}
