-- Demo: the background jobs have been running for a while on two nodes; the spike check failed twice last night
-- (the database was being maintained) and recovered. Real runs overwrite these rows.
insert into job_runs (job_name, last_started_at, last_finished_at, last_duration_ms, last_outcome, last_node, runs,
                      failures, consecutive_failures, last_error, last_failed_at, retry_at)
values ('monitoring-poll', now() - interval '40 seconds', now() - interval '38 seconds', 1840, 'SUCCEEDED',
        'smr-desk-7d9f8-node-a', 4211, 3, 0,
        'ResourceAccessException: I/O error on GET request: Connection reset', now() - interval '6 days', null),
       ('monitoring-spikes', now() - interval '9 minutes', now() - interval '9 minutes', 112, 'SUCCEEDED',
        'smr-desk-7d9f8-node-b', 288, 2, 0,
        'CannotGetJdbcConnectionException: Failed to obtain JDBC Connection', now() - interval '7 hours', null),
       ('audit-seal', now() - interval '12 seconds', now() - interval '12 seconds', 35, 'SUCCEEDED',
        'smr-desk-7d9f8-node-a', 8640, 0, 0, null, null, null),
       ('audit-integrity-check', now() - interval '4 minutes', now() - interval '4 minutes', 2310, 'SUCCEEDED',
        'smr-desk-7d9f8-node-b', 96, 0, 0, null, null, null)
on conflict (job_name) do nothing;
