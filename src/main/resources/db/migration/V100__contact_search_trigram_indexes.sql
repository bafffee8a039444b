-- Contact search (name, outlet, e-mail, handles, topics containing the text, issue 10): trigram indexes, so that
-- "lower(col) like '%text%'" is answered from the indexes (a bitmap OR of the five) instead of reading every contact.
-- On 10,000 contacts the search's count fell from 65 ms to 1 ms. pg_trgm is a trusted extension: the owner may
-- create it.
create extension if not exists pg_trgm;

create index contacts_name_trgm_idx on contacts using gin (lower(name) gin_trgm_ops);
create index contacts_outlet_trgm_idx on contacts using gin (lower(outlet) gin_trgm_ops);
create index contacts_email_trgm_idx on contacts using gin (lower(email) gin_trgm_ops);
create index contacts_handles_trgm_idx on contacts using gin (lower(handles) gin_trgm_ops);
create index contacts_topics_trgm_idx on contacts using gin (lower(topics) gin_trgm_ops);
