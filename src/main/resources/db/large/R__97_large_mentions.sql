-- Large dataset, step 8: a monitoring program after years of listening: ${large-mentions} mentions over the last
-- 13 months on the demo sources and queries (see R__90 for how these scripts work), each seen by its source (one in
-- five also by the vendor's push source), matched by the demo queries whose words it contains, triaged like the
-- demo's (new for the last three days, then reviewed or ignored, some assigned to generated colleagues), and the
-- pre-aggregated daily counts recomputed. Deterministic from the row number; nothing is added on a re-run.
--
-- Fast at a million rows: one statement writes the mentions, their sightings and their matches (no re-reading of
-- the new rows), the queries are tested against the ten templates rather than against every mention, and the
-- secondary indexes and foreign keys of the three tables are dropped for the load and made again after it (a sorted
-- index build and one join per key are much cheaper than a million single inserts and checks). Their definitions are
-- read from the catalogue, so whatever the migrations have made is restored as it was.

set local work_mem = '128MB';
set local maintenance_work_mem = '512MB';

create temporary table large_mention_templates (t, title, body, authored) on commit drop as
select * from (values
    (0, 'Kestrel Home kettle review', 'Six weeks with the Kestrel Home kettle. Quiet, quick, and the lid finally does not burn fingers.', 'Mira Castell'),
    (1, 'Is Kestrel customer service getting better?', 'Called Kestrel about a late delivery; got a real person in four minutes and a refund the same day.', 'tomasz_k'),
    (2, 'Kestrel opens another pickup point', 'The new Kestrel pickup point next to the station saves me a trip to the depot.', 'Ines Laurent'),
    (3, 'ShieldLock U-lock long-term test', 'Our ShieldLock has survived two winters outside the office. Key mechanism still smooth.', 'farahreviews'),
    (4, 'Which bike lock? ShieldLock vs the rest', 'We compared five locks; the ShieldLock is heavy but the best value for city riders.', 'bikecommuter'),
    (5, 'Selling on Kestrel Marketplace', 'Fees are fair and payouts are on time on Kestrel Marketplace, but search ranking feels random.', 'Oluwaseun Adeyemi'),
    (6, 'Kestrel Marketplace category news', 'Makers on Kestrel Marketplace can now list under Handmade; small sellers welcome it.', 'Hana Sato'),
    (7, 'Harrier & Co cuts prices on smart plugs', 'Harrier & Co dropped the price of its smart plugs by a fifth this week.', 'pstrand'),
    (8, 'Harrier & Co versus Kestrel: delivery times', 'In our test Harrier & Co delivered in two days, Kestrel in three.', 'grumpy_gadgets'),
    (9, 'Kestrel soap refill stations', 'Refill stations for Kestrel soaps arrived in more stores. Bring your own bottle.', 'lorcanreads')
) as v (t, title, body, authored);

create temporary table large_mention_sites (s, site, source) on commit drop as
select * from (values
    (0, 'dailygadget.example.com', 'News search: Kestrel'),
    (1, 'mastodon.example', 'Mastodon #kestrel'),
    (2, 'homewire.example.org', 'Listening Post alerts'),
    (3, 'oakridgereviews.example.com', 'Oakridge Reviews blog'),
    (4, 'news.ycombinator.com', 'Hacker News: Kestrel'),
    (5, 'forum.homegadgets.example.net', 'Home gadgets forum')
) as v (s, site, source);

create temporary table large_mention_people on commit drop as
select row_number() over (order by id) - 1 as p, id from users where created_by = 'large' and active;

-- The demo queries match by the words in each template: 10 templates x 4 queries tested here, once.
create temporary table large_mention_template_queries on commit drop as
select tp.t, q.id as query_id
from large_mention_templates tp
join monitoring_queries q on (
       (q.name = 'Kestrel brand' and (tp.title || ' ' || tp.body) ilike '%kestrel%')
    or (q.name = 'ShieldLock' and (tp.title || ' ' || tp.body) ilike '%shieldlock%')
    or (q.name = 'Kestrel Marketplace' and (tp.title || ' ' || tp.body) ilike '%kestrel marketplace%')
    or (q.name = 'Harrier & Co (competitor)' and (tp.title || ' ' || tp.body) ilike '%harrier%'));

-- The secondary indexes (not the primary keys, not the unique dedup key) of the tables loaded here, only when the
-- mentions are still to be generated.
create temporary table large_mention_indexes on commit drop as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i
where i.indrelid in ('mentions'::regclass, 'mention_sightings'::regclass, 'mention_matches'::regclass)
  and not i.indisprimary and not i.indisunique
  and not exists (select 1 from mentions where dedup_key = 'large:1');

-- Their foreign keys too: checked row by row they cost as much as the load itself (a trigger per key per row, 7 M
-- in all); added again after it, each is checked by one join.
create temporary table large_mention_foreign_keys on commit drop as
select c.conrelid::regclass::text as tbl, c.conname as name, pg_get_constraintdef(c.oid) as definition
from pg_constraint c
where c.contype = 'f'
  and c.conrelid in ('mentions'::regclass, 'mention_sightings'::regclass, 'mention_matches'::regclass)
  and not exists (select 1 from mentions where dedup_key = 'large:1');

do $$
declare
    ix record;
begin
    for ix in select name from large_mention_indexes loop
        execute 'drop index ' || ix.name;
    end loop;
    for ix in select tbl, name from large_mention_foreign_keys loop
        execute format('alter table %s drop constraint %I', ix.tbl, ix.name);
    end loop;
end
$$;

-- Spread evenly over 395 days up to the start of today, newest last; the row number decides everything else.
-- The template order walks all ten templates every ten rows but shifts by one each ten, so that no template is tied
-- to the last digit of the row number (which decides the state).
with generated as (
    insert into mentions (dedup_key, url, title, body, author, author_url, site, published_at, fetched_at, source_id,
                          state, assignee_id)
    select 'large:' || g,
           'https://' || st.site || '/p/large-' || g,
           tp.title || ' (' || (g % 997) || ')',
           tp.body,
           case when g % 4 = 0 then tp.authored else 'reader' || (g * 7919) % 20000 end,
           null,
           st.site,
           ts,
           ts + interval '12 minutes',
           src.id,
           case when ts >= current_date - 3 then 'NEW' when g % 10 < 7 then 'REVIEWED' else 'IGNORED' end,
           case when g % 20 = 0 then pp.id end
    from (
        select g::bigint as g, current_date - 395 + (g::double precision / ${large-mentions} * 395) * interval '1 day' as ts
        from generate_series(1, ${large-mentions}) g
    ) as x
    join large_mention_templates tp on tp.t = (g / 10 + g * 3) % 10
    join large_mention_sites st on st.s = (g * 17) % 6
    join monitoring_sources src on src.name = st.source
    left join large_mention_people pp on pp.p = g % greatest((select count(*) from large_mention_people), 1)
    where not exists (select 1 from mentions where dedup_key = 'large:1')
    order by g
    returning id, source_id, fetched_at, url, body
),
sightings as (
    insert into mention_sightings (mention_id, source_id, seen_at, url)
    select id, source_id, fetched_at, url from generated
    union all
    -- one story in five was also pushed by the vendor
    select m.id, push.id, m.fetched_at + interval '35 minutes', m.url
    from generated m join monitoring_sources push on push.name = 'Listening Post alerts'
    where m.id % 5 = 0 and m.source_id <> push.id
)
insert into mention_matches (mention_id, query_id)
select m.id, tq.query_id
from generated m
join large_mention_templates tp on tp.body = m.body
join large_mention_template_queries tq on tq.t = tp.t;

do $$
declare
    ix record;
begin
    for ix in select definition from large_mention_indexes loop
        execute ix.definition;
    end loop;
    for ix in select tbl, name, definition from large_mention_foreign_keys loop
        execute format('alter table %s add constraint %I %s', ix.tbl, ix.name, ix.definition);
    end loop;
end
$$;

-- Daily counts recomputed over every mention (all, per source, per query), as the app keeps them.
insert into mention_daily_counts (day, query_id, source_id, mentions)
select (coalesce(published_at, fetched_at) at time zone 'UTC')::date, 0, 0, count(*) from mentions group by 1
order by 1
on conflict (day, query_id, source_id) do update set mentions = excluded.mentions;
insert into mention_daily_counts (day, query_id, source_id, mentions)
select (coalesce(published_at, fetched_at) at time zone 'UTC')::date, 0, source_id, count(*) from mentions group by 1, 3
order by 1, 3
on conflict (day, query_id, source_id) do update set mentions = excluded.mentions;
insert into mention_daily_counts (day, query_id, source_id, mentions)
select (coalesce(m.published_at, m.fetched_at) at time zone 'UTC')::date, mm.query_id, 0, count(*)
from mentions m join mention_matches mm on mm.mention_id = m.id group by 1, 2
order by 1, 2
on conflict (day, query_id, source_id) do update set mentions = excluded.mentions;
-- and per author key (V71).
select recount_mention_author_daily_counts();

analyze mentions;
analyze mention_author_daily_counts;
analyze mention_sightings;
analyze mention_matches;
