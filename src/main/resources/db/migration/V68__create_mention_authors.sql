-- The inbox's "author contains" filter looks the pattern up among the distinct authors (some ten thousand at a million
-- mentions), then reads their mentions through mentions_author_lower_idx. A trigram index over the million mentions
-- answered it from long posting lists ('%reader123%' shares 'rea', 'ead', ... with every 'readerN': 40 ms for the
-- bitmap alone, 264 ms for the inbox's bounded count) and cost every new mention a GIN update; kept here it costs a new
-- author one row.
create table mention_authors (
    author text primary key
);

create index mention_authors_trgm_idx on mention_authors using gin (author gin_trgm_ops);

insert into mention_authors (author)
select distinct lower(author) from mentions where author is not null;

-- Kept by whatever inserts mentions (ingest, the vendor webhook, demo and large data, tests): once per statement, from
-- its new rows. Authors are never changed nor deleted with their mentions; a name left without mentions only costs a
-- look-up.
create function add_mention_authors() returns trigger
    language plpgsql
as $$
begin
    insert into mention_authors (author)
    select distinct lower(author) from new_mentions where author is not null
    order by 1 -- two batches adding the same new authors take them in the same order
    on conflict do nothing;
    return null;
end;
$$;

create trigger mention_authors_added
    after insert on mentions
    referencing new table as new_mentions
    for each statement execute function add_mention_authors();

drop index if exists mentions_author_trgm_idx;
