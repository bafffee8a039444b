-- One number that changes whenever a committed transaction changed data a page may show
-- (core.pagecache): pages kept for a session are valid while it stays the same.
--
-- Every table but the bookkeeping ones below gets statement-level triggers: one per kind of
-- change, each seeing the rows its statement changed (a transition table), so that a
-- statement changing no row (an update finding nothing to do, an insert ... on conflict
-- do nothing) counts nothing, and one for truncate. The first statement of a transaction
-- that changed rows notes the change (a transaction-local setting and
-- one row in data_change); a deferred trigger on that row adds one to data_version when
-- the transaction commits, so the row of data_version is locked only while a transaction
-- commits, never while it runs, and one transaction adds one however much it changed.
-- A rolled-back transaction (or savepoint) takes its note back with it. The number is
-- read in the same statement as the signed-in user (user.FreshPrincipalFilter), before
-- the page reads its data, so a page is never kept under a number older than its data.
--
-- A table created by a later migration needs the four triggers too (select
-- count_data_changes_of('the_table')): core.pagecache.DataChangeTriggersTests fails for a
-- table without them that is not in the list below.

create table data_version (
    id smallint primary key check (id = 1),
    version bigint not null
);

insert into data_version (id, version) values (1, 0);

create table data_change (
    id bigserial primary key
);

-- notes that this transaction changed data, once
create function note_change() returns void
language plpgsql as $$
begin
    if current_setting('smr.data_changed', true) is distinct from 'on' then
        perform set_config('smr.data_changed', 'on', true);
        insert into data_change default values;
    end if;
end
$$;

-- truncate: always a change
create function note_data_change() returns trigger
language plpgsql as $$
begin
    perform note_change();
    return null;
end
$$;

-- insert, update, delete: a change when the statement changed at least one row (its
-- transition table: changed)
create function note_changed_rows() returns trigger
language plpgsql as $$
begin
    if exists (select 1 from changed) then
        perform note_change();
    end if;
    return null;
end
$$;

create function count_data_change() returns trigger
language plpgsql as $$
begin
    update data_version set version = version + 1 where id = 1;
    delete from data_change where id = new.id;
    return null;
end
$$;

create constraint trigger count_data_change_at_commit
    after insert on data_change
    deferrable initially deferred
    for each row execute function count_data_change();

create function count_data_changes_of(t regclass) returns void
language plpgsql as $$
begin
    execute format('create trigger count_inserted_rows after insert on %s referencing new table as changed '
            || 'for each statement execute function note_changed_rows()', t);
    execute format('create trigger count_updated_rows after update on %s referencing new table as changed '
            || 'for each statement execute function note_changed_rows()', t);
    execute format('create trigger count_deleted_rows after delete on %s referencing old table as changed '
            || 'for each statement execute function note_changed_rows()', t);
    execute format('create trigger count_data_change after truncate on %s '
            || 'for each statement execute function note_data_change()', t);
end
$$;

revoke execute on function count_data_changes_of(regclass) from public;

do $$
declare
    t record;
begin
    for t in
        select tablename from pg_tables
        where schemaname = current_schema()
          and tablename not in (
              -- the counter itself
              'data_version', 'data_change',
              -- bookkeeping no page shows, some of it written by every request or minute
              'flyway_schema_history', 'spring_session', 'spring_session_attributes', 'shedlock',
              'login_throttle', 'idempotency_keys', 'job_runs', 'mail_outbox', 'mail_outbox_attachments',
              'webhook_deliveries', 'notification_keys')
    loop
        perform count_data_changes_of(format('%I', t.tablename)::regclass);
    end loop;
end
$$;
