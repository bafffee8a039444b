-- Acknowledgements counted per version and department, kept by the database itself, so the acknowledgement figures
-- cost the same whatever the number of staff and acknowledgements. Counted: acknowledgements of active STAFF, under
-- their current department (a move, deactivation or role change moves or removes their acknowledgements).
create table policy_acknowledgement_counts (
    version_id    bigint not null references policy_versions (id) on delete cascade,
    department_id bigint not null references departments (id),
    acknowledged  integer not null check (acknowledged >= 0),
    primary key (version_id, department_id)
);

create index policy_acknowledgement_counts_department_idx on policy_acknowledgement_counts (department_id);

create function policy_acknowledgement_count_add(p_version_id bigint, p_department_id bigint, p_delta integer)
    returns void language plpgsql as $$
begin
    insert into policy_acknowledgement_counts as c (version_id, department_id, acknowledged)
    values (p_version_id, p_department_id, greatest(p_delta, 0))
    on conflict (version_id, department_id) do update set acknowledged = greatest(c.acknowledged + p_delta, 0);
end
$$;

create function policy_acknowledgements_counted() returns trigger language plpgsql as $$
declare
    counted_department bigint;
begin
    if tg_op = 'INSERT' then
        select department_id into counted_department from users where id = new.user_id and active and role = 'STAFF';
        if found then
            perform policy_acknowledgement_count_add(new.version_id, counted_department, 1);
        end if;
        return new;
    end if;
    select department_id into counted_department from users where id = old.user_id and active and role = 'STAFF';
    if found and exists (select 1 from policy_versions where id = old.version_id) then
        perform policy_acknowledgement_count_add(old.version_id, counted_department, -1);
    end if;
    return old;
end
$$;

create trigger policy_acknowledgements_counted
    after insert or delete on policy_acknowledgements
    for each row execute function policy_acknowledgements_counted();

create function policy_acknowledgements_recounted_for_user() returns trigger language plpgsql as $$
declare
    was_counted boolean := old.active and old.role = 'STAFF';
    is_counted  boolean := new.active and new.role = 'STAFF';
    ack record;
begin
    if was_counted = is_counted and old.department_id = new.department_id then
        return new;
    end if;
    for ack in select version_id from policy_acknowledgements where user_id = new.id loop
        if was_counted then
            perform policy_acknowledgement_count_add(ack.version_id, old.department_id, -1);
        end if;
        if is_counted then
            perform policy_acknowledgement_count_add(ack.version_id, new.department_id, 1);
        end if;
    end loop;
    return new;
end
$$;

create trigger policy_acknowledgements_recounted_for_user
    after update of department_id, active, role on users
    for each row execute function policy_acknowledgements_recounted_for_user();

insert into policy_acknowledgement_counts (version_id, department_id, acknowledged)
select a.version_id, u.department_id, count(*)
from policy_acknowledgements a
join users u on u.id = a.user_id and u.active and u.role = 'STAFF'
group by a.version_id, u.department_id;
