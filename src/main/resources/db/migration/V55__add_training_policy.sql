-- A training may explain one of the company's policies.
alter table trainings add column policy_id bigint references policies (id);

create index trainings_policy_idx on trainings (policy_id);
