-- A hash chain over the incident timeline, as over the audit log (V7): sealed rows carry position, previous hash and
-- hash. The append-only trigger now lets exactly one kind of UPDATE through: sealing a row that is not sealed yet,
-- with every other column unchanged.
alter table incident_timeline_entries
    add column chain_position bigint,
    add column previous_hash  text,
    add column row_hash       text;

create unique index incident_timeline_chain_position_idx on incident_timeline_entries (chain_position);
create index incident_timeline_unsealed_idx on incident_timeline_entries (id) where chain_position is null;

create function incident_timeline_row_hash(chain_position bigint, previous_hash text,
                                           e incident_timeline_entries) returns text
    language sql immutable as
$$
select encode(sha256(convert_to(jsonb_build_array(previous_hash, chain_position, e.id, e.incident_id, e.type,
                                                  extract(epoch from e.occurred_at)::text,
                                                  extract(epoch from e.recorded_at)::text, e.actor_id, e.actor_name,
                                                  e.department_id, e.party, e.external, e.channel, e.link, e.body,
                                                  e.from_status, e.to_status, e.from_severity, e.to_severity,
                                                  e.corrects_entry_id)::text, 'UTF8')), 'hex')
$$;

create or replace function incident_timeline_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.chain_position is null and new.chain_position is not null
        and (to_jsonb(old) - 'chain_position' - 'previous_hash' - 'row_hash')
            = (to_jsonb(new) - 'chain_position' - 'previous_hash' - 'row_hash') then
        return new;
    end if;
    raise exception 'incident timeline entries are append-only: % refused (add a correction entry instead)', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create function seal_incident_timeline() returns integer
    language plpgsql security definer set search_path from current as
$$
declare
    last_position bigint;
    last_hash     text;
    sealed        integer := 0;
    r             incident_timeline_entries;
begin
    perform pg_advisory_xact_lock(hashtext('smr.incident_timeline.chain'));
    select e.chain_position, e.row_hash into last_position, last_hash
    from incident_timeline_entries e where e.chain_position is not null order by e.chain_position desc limit 1;
    last_position := coalesce(last_position, 0);
    last_hash := coalesce(last_hash, '');
    for r in select * from incident_timeline_entries e where e.chain_position is null order by e.id loop
        last_position := last_position + 1;
        update incident_timeline_entries
        set chain_position = last_position, previous_hash = last_hash,
            row_hash = incident_timeline_row_hash(last_position, last_hash, r)
        where id = r.id
        returning row_hash into last_hash;
        sealed := sealed + 1;
    end loop;
    return sealed;
end;
$$;

select seal_incident_timeline();
