-- Follow-ups get done or dropped: state, who closed it, when, and why.
alter table incident_follow_ups
    add column state          text not null default 'OPEN' check (state in ('OPEN', 'DONE', 'DROPPED')),
    add column closed_by_id   bigint references users (id),
    add column closed_at      timestamptz,
    add column closing_note   text,
    add constraint incident_follow_ups_closed check ((state = 'OPEN') = (closed_at is null));

create index incident_follow_ups_closed_by_idx on incident_follow_ups (closed_by_id);
create index incident_follow_ups_open_due_idx on incident_follow_ups (owner_id, due_on) where state = 'OPEN';
