-- A "policy change" follow-up names the policy, and the draft version it opened.
alter table incident_follow_ups
    add column policy_id bigint references policies (id),
    add column policy_version_id bigint references policy_versions (id),
    add constraint incident_follow_ups_policy check (type = 'POLICY_CHANGE' or (policy_id is null and policy_version_id is null));

create index incident_follow_ups_policy_idx on incident_follow_ups (policy_id);
create index incident_follow_ups_policy_version_idx on incident_follow_ups (policy_version_id);
