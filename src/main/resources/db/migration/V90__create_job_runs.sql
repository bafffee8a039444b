-- Background jobs (every @SchedulerLock job): one row per job, written by the node that ran it, for the lead's
-- jobs page (last run, duration, failures, last error) and the retry with backoff after a failure.
create table job_runs (
    job_name             text        not null primary key,
    last_started_at      timestamptz,
    last_finished_at     timestamptz,
    last_duration_ms     bigint,
    last_outcome         text        check (last_outcome in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    last_node            text,
    runs                 bigint      not null default 0,
    failures             bigint      not null default 0,
    consecutive_failures integer     not null default 0,
    last_error           text,
    last_failed_at       timestamptz,
    retry_at             timestamptz
);
