-- The inbox's author filter walks author by author (MentionSearch.authorWalk): each matching author's newest mentions
-- from one index in page order, instead of the newest-first index over every mention until a page of the author's
-- turned up (6,400 rows and 9,500 buffers for 'reader123' at a million mentions; now 84 index descents, 480 buffers).
-- The author is included so the walk and the bounded count read the index only (PostgreSQL reads no expression back
-- from an index). It also serves what mentions_author_lower_idx (V67) served, the contact page's mentions by handle, so
-- that one goes: ingest keeps one author index per mention, as before.
create index mentions_author_fetched_idx on mentions (lower(author), fetched_at desc, id desc) include (author);

drop index mentions_author_lower_idx;
