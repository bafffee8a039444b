-- The contact list's default order (name, then id) read from an index: the page's ids come from an index-only scan
-- however deep the page, instead of sorting all contacts with their owners (at 10,000 contacts that sort spilled to
-- disk: EXPLAIN ANALYZE for page 200, 146 ms with an external merge sort before, 0.9 ms after).
create index contacts_name_id_idx on contacts (name, id);
