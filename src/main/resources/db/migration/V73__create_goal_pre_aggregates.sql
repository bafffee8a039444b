-- Pre-aggregates for the goal metrics whose figures read history (goal.ResponseTimeMetric, goal.TrainingMetric, the
-- report): kept by the database as the history is written, so a period's median response time reads one row per
-- incident detected in the period (not its timeline), and staff trained one row per attendance of the period (not
-- every enrolment joined to its session).

-- Each incident's milestones, by the rules of the incident page: triage is the first move out of "reported", the
-- first response the first published response or public engagement, resolution the last move to "resolved" (its
-- readers count it only while the incident is resolved or reviewed). The timeline is append-only, so only inserts
-- move a milestone.
create table incident_milestones (
    incident_id       bigint primary key references incidents (id) on delete cascade,
    triaged_at        timestamptz,
    first_response_at timestamptz,
    resolved_at       timestamptz
);

create function incident_milestones_added() returns trigger language plpgsql as $$
begin
    -- least and greatest ignore nulls: a milestone only moves earlier (triage, response) or later (resolution)
    insert into incident_milestones as m (incident_id, triaged_at, first_response_at, resolved_at)
    select e.incident_id,
           min(e.occurred_at) filter (where e.type = 'STATUS_CHANGE' and e.from_status = 'REPORTED'),
           min(e.occurred_at) filter (where e.type = 'RESPONSE_PUBLISHED' or (e.type = 'ENGAGEMENT' and e.public_reply)),
           max(e.occurred_at) filter (where e.type = 'STATUS_CHANGE' and e.to_status = 'RESOLVED')
    from added e
    group by e.incident_id
    order by e.incident_id
    on conflict (incident_id) do update set
        triaged_at = least(m.triaged_at, excluded.triaged_at),
        first_response_at = least(m.first_response_at, excluded.first_response_at),
        resolved_at = greatest(m.resolved_at, excluded.resolved_at);
    return null;
end
$$;

create trigger incident_milestones_added
    after insert on incident_timeline_entries
    referencing new table as added
    for each statement execute function incident_milestones_added();

insert into incident_milestones (incident_id, triaged_at, first_response_at, resolved_at)
select e.incident_id,
       min(e.occurred_at) filter (where e.type = 'STATUS_CHANGE' and e.from_status = 'REPORTED'),
       min(e.occurred_at) filter (where e.type = 'RESPONSE_PUBLISHED' or (e.type = 'ENGAGEMENT' and e.public_reply)),
       max(e.occurred_at) filter (where e.type = 'STATUS_CHANGE' and e.to_status = 'RESOLVED')
from incident_timeline_entries e
group by e.incident_id;

-- Every attendance (an enrolment marked "attended") with its session's start: staff trained in a period is the
-- number of distinct people among the attendances starting in it, read from the (starts_at, user_id) index alone.
create table training_attendances (
    session_id bigint      not null references training_sessions (id) on delete cascade,
    user_id    bigint      not null references users (id),
    starts_at  timestamptz not null,
    primary key (session_id, user_id)
);

create index training_attendances_starts_idx on training_attendances (starts_at, user_id);
create index training_attendances_user_idx on training_attendances (user_id);

create function training_attendances_inserted() returns trigger language plpgsql as $$
begin
    insert into training_attendances (session_id, user_id, starts_at)
    select e.session_id, e.user_id, s.starts_at
    from added e join training_sessions s on s.id = e.session_id
    where e.attendance = 'ATTENDED'
    on conflict do nothing;
    return null;
end
$$;

create function training_attendances_updated() returns trigger language plpgsql as $$
begin
    delete from training_attendances a using removed e
    where a.session_id = e.session_id and a.user_id = e.user_id and e.attendance = 'ATTENDED';
    insert into training_attendances (session_id, user_id, starts_at)
    select e.session_id, e.user_id, s.starts_at
    from added e join training_sessions s on s.id = e.session_id
    where e.attendance = 'ATTENDED'
    on conflict do nothing;
    return null;
end
$$;

create function training_attendances_deleted() returns trigger language plpgsql as $$
begin
    delete from training_attendances a using removed e
    where a.session_id = e.session_id and a.user_id = e.user_id;
    return null;
end
$$;

create trigger training_attendances_inserted
    after insert on training_enrolments
    referencing new table as added
    for each statement execute function training_attendances_inserted();

create trigger training_attendances_updated
    after update on training_enrolments
    referencing old table as removed new table as added
    for each statement execute function training_attendances_updated();

create trigger training_attendances_deleted
    after delete on training_enrolments
    referencing old table as removed
    for each statement execute function training_attendances_deleted();

-- A session moved: its attendances move with it.
create function training_attendances_moved() returns trigger language plpgsql as $$
begin
    if new.starts_at is distinct from old.starts_at then
        update training_attendances set starts_at = new.starts_at where session_id = new.id;
    end if;
    return null;
end
$$;

create trigger training_attendances_moved
    after update of starts_at on training_sessions
    for each row execute function training_attendances_moved();

insert into training_attendances (session_id, user_id, starts_at)
select e.session_id, e.user_id, s.starts_at
from training_enrolments e join training_sessions s on s.id = e.session_id
where e.attendance = 'ATTENDED';
