-- Large dataset, step 8: a monitoring program after years of listening: ${large-mentions} mentions over the last
-- 13 months on the demo sources and queries (see R__90 for how these scripts work), each seen by its source (one in
-- five also by the vendor's push source), matched by the demo queries whose words it contains, triaged like the
-- demo's (new for the last three days, then reviewed or ignored, some assigned to generated colleagues), and the
-- pre-aggregated daily counts recomputed. Deterministic from the row number; nothing is added on a re-run.

set local work_mem = '128MB';

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

-- Spread evenly over 395 days up to the start of today, newest last; the row number decides everything else.
insert into mentions (dedup_key, url, title, body, author, author_url, site, published_at, fetched_at, source_id, state,
                      assignee_id)
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
order by g;

insert into mention_sightings (mention_id, source_id, seen_at, url)
select m.id, m.source_id, m.fetched_at, m.url from mentions m
where m.dedup_key like 'large:%' and not exists (select 1 from mention_sightings ms where ms.mention_id = m.id)
order by m.id;
-- One story in five was also pushed by the vendor.
insert into mention_sightings (mention_id, source_id, seen_at, url)
select m.id, push.id, m.fetched_at + interval '35 minutes', m.url
from mentions m join monitoring_sources push on push.name = 'Listening Post alerts'
where m.dedup_key like 'large:%' and m.id % 5 = 0 and m.source_id <> push.id
order by m.id
on conflict do nothing;

-- The demo queries match by the words in each template.
insert into mention_matches (mention_id, query_id)
select m.id, q.id
from mentions m
join large_mention_templates tp on m.body = tp.body
join monitoring_queries q on (
       (q.name = 'Kestrel brand' and (tp.title || ' ' || tp.body) ilike '%kestrel%')
    or (q.name = 'ShieldLock' and (tp.title || ' ' || tp.body) ilike '%shieldlock%')
    or (q.name = 'Kestrel Marketplace' and (tp.title || ' ' || tp.body) ilike '%kestrel marketplace%')
    or (q.name = 'Harrier & Co (competitor)' and (tp.title || ' ' || tp.body) ilike '%harrier%'))
where m.dedup_key like 'large:%'
order by m.id, q.id
on conflict do nothing;

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

analyze mentions;
analyze mention_sightings;
analyze mention_matches;
