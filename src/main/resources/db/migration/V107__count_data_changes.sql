-- One number that changes whenever a committed transaction changed data a page may show
-- (core.pagecache): pages kept for a session are valid while it stays the same.
--
-- Every table but the bookkeeping ones below gets a statement-level trigger. The first
-- changing statement of a transaction notes the change (a transaction-local setting and
-- one row in data_change); a deferred trigger on that row adds one to data_version when
-- the transaction commits, so the row of data_version is locked only while a transaction
-- commits, never while it runs, and one transaction adds one however much it changed.
-- A rolled-back transaction (or savepoint) takes its note back with it. The number is
-- read in the same statement as the signed-in user (user.FreshPrincipalFilter), before
-- the page reads its data, so a page is never kept under a number older than its data.
--
-- A table created by a later migration needs the trigger too (create trigger
-- count_data_change after insert or update or delete or truncate on ... for each
-- statement execute function note_data_change()): core.pagecache.DataChangeTriggersTests
-- fails for a table without it that is not in the list below.

create table data_version (
    id smallint primary key check (id = 1),
    version bigint not null
);

insert into data_version (id, version) values (1, 0);

create table data_change (
    id bigserial primary key
);

create function note_data_change() returns trigger
language plpgsql as $$
begin
    if current_setting('smr.data_changed', true) is distinct from 'on' then
        perform set_config('smr.data_changed', 'on', true);
        insert into data_change default values;
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
        execute format('create trigger count_data_change after insert or update or delete or truncate on %I '
                || 'for each statement execute function note_data_change()', t.tablename);
    end loop;
end
$$;
