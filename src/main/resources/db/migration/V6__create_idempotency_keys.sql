-- A repeated submit (double click, retry) with the same key creates one record: the first request claims the key,
-- the others are sent where the first one went. Kept for a day.
create table idempotency_keys (
    user_id    bigint      not null references users (id) on delete cascade,
    key        text        not null,
    created_at timestamptz not null,
    status     integer,
    location   text,
    constraint idempotency_keys_pk primary key (user_id, key)
);

create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
