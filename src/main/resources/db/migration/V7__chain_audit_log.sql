-- A hash chain over the audit log: each sealed row carries its position, the previous row's hash and its own hash
-- (SHA-256 over the previous hash and the row's values). A changed, removed or inserted-in-between row breaks the
-- chain, which the verifier reports. Rows are sealed shortly after they are written (seal_audit_log(), run by the
-- application as the owner through SECURITY DEFINER; the runtime role cannot update the log itself).
alter table audit_log
    add column chain_position bigint,
    add column previous_hash  text,
    add column row_hash       text;

create unique index audit_log_chain_position_idx on audit_log (chain_position);
create index audit_log_unsealed_idx on audit_log (id) where chain_position is null;

create function audit_log_row_hash(chain_position bigint, previous_hash text, id bigint, actor text,
                                   occurred_at timestamptz, action text, entity_type text, entity_id bigint,
                                   changed_fields text) returns text
    language sql immutable as
$$
select encode(sha256(convert_to(jsonb_build_array(previous_hash, chain_position, id, actor,
                                                  extract(epoch from occurred_at)::text, action, entity_type,
                                                  entity_id, changed_fields)::text, 'UTF8')), 'hex')
$$;

create function seal_audit_log() returns integer
    language plpgsql security definer set search_path from current as
$$
declare
    last_position bigint;
    last_hash     text;
    sealed        integer := 0;
    r             record;
begin
    perform pg_advisory_xact_lock(hashtext('smr.audit_log.chain'));
    select a.chain_position, a.row_hash into last_position, last_hash
    from audit_log a where a.chain_position is not null order by a.chain_position desc limit 1;
    last_position := coalesce(last_position, 0);
    last_hash := coalesce(last_hash, '');
    for r in select * from audit_log a where a.chain_position is null order by a.id loop
        last_position := last_position + 1;
        update audit_log set chain_position = last_position, previous_hash = last_hash,
                             row_hash = audit_log_row_hash(last_position, last_hash, r.id, r.actor, r.occurred_at,
                                                           r.action, r.entity_type, r.entity_id, r.changed_fields)
        where id = r.id
        returning row_hash into last_hash;
        sealed := sealed + 1;
    end loop;
    return sealed;
end;
$$;

select seal_audit_log();
