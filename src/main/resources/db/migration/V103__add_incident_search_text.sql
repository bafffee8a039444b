-- The incident list's text search (issue 10, session 7) matched lower(title), lower(service_name) and lower(summary)
-- of every incident on every view: lower() of three texts per row, most of the search's database time. The lowered
-- text is now kept with the row, and a trigram index answers a search for a rarer word without reading the table.
-- The fields are separated by a line break, which a search box does not send.
alter table incidents add column search_text text
    generated always as (lower(title || E'\n' || coalesce(service_name, '') || E'\n' || summary)) stored;
create index incidents_search_text_trgm_idx on incidents using gin (search_text gin_trgm_ops);
