-- A number per table besides the one for all data (V107), so that a kept page
-- (core.pagecache) stays valid while the tables it read are unchanged: a feed poll that
-- brings mentions no longer makes every page of every session render again, only those
-- that read the mentions.
--
-- table_version holds one row per table with the change triggers of V107, numbered 1..n
-- in the order the rows were added (the application reads all numbers as one array in the
-- same statement as the signed-in user, and the name of each position once at start).
-- The first statement of a transaction that changes rows of a table adds the table's name
-- to a transaction-local list (smr.changed_tables); at commit, the deferred trigger of V107
-- adds one to data_version (locking its one row first, so committing writers take the
-- rows of table_version one after the other and never deadlock) and one to the number of
-- every table in the list. A rolled-back transaction or savepoint takes its list back with
-- it, as it does its note in data_change.

create table table_version (
    id smallint primary key,
    name text not null unique,
    version bigint not null default 0
);

insert into table_version (id, name)
select row_number() over (order by c.relname), c.relname
from pg_trigger t
join pg_class c on c.oid = t.tgrelid
join pg_namespace n on n.oid = c.relnamespace
where t.tgname = 'count_inserted_rows' and n.nspname = current_schema();

create or replace function note_table_change(changed_table text) returns void
language plpgsql as $$
declare
    noted text := coalesce(current_setting('smr.changed_tables', true), '');
begin
    if noted = '' then
        -- the transaction's first change: counted at commit (count_data_change)
        perform set_config('smr.data_changed', 'on', true);
        insert into data_change default values;
        perform set_config('smr.changed_tables', ',' || changed_table || ',', true);
    elsif position(',' || changed_table || ',' in noted) = 0 then
        perform set_config('smr.changed_tables', noted || changed_table || ',', true);
    end if;
end
$$;

create or replace function note_data_change() returns trigger
language plpgsql as $$
begin
    perform note_table_change(tg_table_name);
    return null;
end
$$;

create or replace function note_changed_rows() returns trigger
language plpgsql as $$
begin
    if exists (select 1 from changed) then
        perform note_table_change(tg_table_name);
    end if;
    return null;
end
$$;

drop function note_change();

create or replace function count_data_change() returns trigger
language plpgsql as $$
begin
    update data_version set version = version + 1 where id = 1;
    update table_version set version = version + 1
    where name = any (string_to_array(trim(both ',' from current_setting('smr.changed_tables', true)), ','));
    delete from data_change where id = new.id;
    return null;
end
$$;

-- a new table (select count_data_changes_of('the_table')) gets V107's triggers and its number
alter function count_data_changes_of(regclass) rename to create_change_triggers_of;

create function count_data_changes_of(t regclass) returns void
language plpgsql as $$
begin
    perform create_change_triggers_of(t);
    insert into table_version (id, name)
    select coalesce(max(id), 0) + 1, (select relname from pg_class where oid = t) from table_version;
end
$$;

revoke execute on function count_data_changes_of(regclass) from public;
