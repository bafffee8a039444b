-- The mentions inbox at a million mentions: each filter the page offers can be answered from an index in page order
-- (newest first), and ingest keeps fewer index entries per new mention.

-- Trigram index for "author contains" (pg_trgm is a trusted extension: the database owner may create it).
create extension if not exists pg_trgm;

drop index if exists mentions_author_idx;
create index mentions_author_trgm_idx on mentions using gin (lower(author) gin_trgm_ops);

-- Most mentions have no assignee and no incident: index only those that do, in inbox order.
drop index if exists mentions_assignee_idx;
create index mentions_assignee_idx on mentions (assignee_id, fetched_at desc, id desc) where assignee_id is not null;
drop index if exists mentions_incident_idx;
create index mentions_incident_idx on mentions (incident_id) where incident_id is not null;

-- State filter in inbox order, ties broken by id as the page does.
drop index if exists mentions_state_fetched_idx;
create index mentions_state_fetched_idx on mentions (state, fetched_at desc, id desc);

-- Sorting by publication time.
create index mentions_published_idx on mentions (published_at desc nulls last, id desc);

-- "Mentions of this source": the sightings of a source in mention order.
drop index if exists mention_sightings_source_idx;
create index mention_sightings_source_idx on mention_sightings (source_id, mention_id);
