-- The alerts of the lead's and managers' dashboard (incident.IncidentAlertSource) and the follow-ups panel
-- (incident.FollowUpRepository.findForHome) run on every view of those home pages:
-- - overdue open follow-ups, soonest due first: with this index the first few are read in order instead of joining
--   and sorting every open follow-up (2,185 on the large dataset);
-- - resolved incidents waiting for their review, by when they were resolved: the latest RESOLVED status change of
--   each is one entry of this small partial index instead of a walk over its 50 timeline entries.
-- EXPLAIN (ANALYZE, BUFFERS) of the alerts query on the large dataset (machine under load ~27): 27,226 buffers and
-- 75 ms before, 1,236 buffers and 10 ms after; findForHome for the lead 35 ms before.
create index incident_follow_ups_open_due_on_idx on incident_follow_ups (due_on, id) where state = 'OPEN';

create index incident_timeline_resolved_idx on incident_timeline_entries (incident_id, occurred_at)
    include (from_status) where type = 'STATUS_CHANGE' and to_status = 'RESOLVED';
