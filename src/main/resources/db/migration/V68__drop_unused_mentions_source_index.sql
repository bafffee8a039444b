-- Ingest writes fewer index entries per new mention: nothing reads mentions by their first source (the inbox's source
-- filter reads the sightings, whose (source_id, mention_id) index answers it) and sources are never deleted (only
-- disabled), so the index on mentions.source_id was only maintained, never used.
drop index if exists mentions_source_idx;
