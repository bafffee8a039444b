-- Demo monitoring: sources (feeds, Mastodon, Hacker News, a vendor push), brand/product/competitor/crisis queries,
-- about 5,000 mentions over the last 13 months with a weekly rhythm and two spikes (the ShieldLock pen video, which
-- became an incident, and a planned spring campaign, snoozed), some written by demo contacts (one critic).
-- Demo sources never try the internet on start: their next poll is years ahead; their last poll is in the past.

insert into monitoring_sources (kind, name, url, owner_id, vendor_id, poll_interval_minutes, next_poll_at,
                                last_polled_at, last_success_at, last_error, last_error_at, failing_since,
                                consecutive_failures, etag, created_at, created_by, updated_at, updated_by)
select v.kind, v.name, v.url, u.id, ven.id, v.every, now() + interval '10 years',
       now() - v.last::interval, now() - v.success::interval, v.error,
       case when v.error is not null then now() - v.last::interval end,
       case when v.failures > 0 then now() - interval '26 hours' end, v.failures, v.etag,
       now() - interval '400 days', 'demo', now(), 'demo'
from (values
    ('FEED', 'News search: Kestrel', 'https://news.example.com/search.rss?q=kestrel', 'lead@example.com', null, 30, '40 minutes', '40 minutes', null, 0, '"n-5812"'),
    ('FEED', 'Oakridge Reviews blog', 'https://oakridgereviews.example.com/feed.xml', 'lead@example.com', null, 60, '25 minutes', '25 minutes', null, 0, '"w/8812"'),
    ('FEED', 'Home gadgets forum', 'https://forum.homegadgets.example.net/latest.rss', 'support@example.com', null, 60, '12 minutes', '26 hours', 'The server answered 503', 4, null),
    ('MASTODON', 'Mastodon #kestrel', 'https://mastodon.example/api/v1/timelines/tag/kestrel', 'marketing@example.com', null, 15, '9 minutes', '9 minutes', null, 0, null),
    ('HACKER_NEWS', 'Hacker News: Kestrel', 'https://hn.algolia.com/api/v1/search_by_date?query=kestrel&tags=(story,comment)', 'product@example.com', null, 30, '18 minutes', '18 minutes', null, 0, null),
    ('PUSH', 'Listening Post alerts', 'https://listeningpost.example.com/webhooks/kestrel', 'lead@example.com', 'Listening Post Monitoring', 60, '3 hours', '3 hours', null, 0, null)
) as v (kind, name, url, owner, vendor, every, last, success, error, failures, etag)
left join users u on u.email = v.owner
left join vendors ven on ven.name = v.vendor
on conflict (name) do nothing;

insert into monitoring_queries (name, query, kind, auto_incident, created_at, created_by, updated_at, updated_by)
values ('Kestrel brand', 'kestrel OR "kestrel home"', 'BRAND', false, now() - interval '400 days', 'demo', now(), 'demo'),
       ('ShieldLock', 'shieldlock OR "shield lock"', 'PRODUCT', false, now() - interval '400 days', 'demo', now(), 'demo'),
       ('Kestrel Marketplace', '"kestrel marketplace" OR (marketplace AND kestrel)', 'PRODUCT', false, now() - interval '400 days', 'demo', now(), 'demo'),
       ('Harrier & Co (competitor)', 'harrier -bird -hawk', 'COMPETITOR', false, now() - interval '400 days', 'demo', now(), 'demo'),
       ('Crisis terms', '(kestrel OR shieldlock) AND (recall OR lawsuit OR boycott OR unsafe OR scam OR "picked with a pen")', 'CRISIS', true, now() - interval '400 days', 'demo', now(), 'demo')
on conflict (name) do nothing;

insert into monitoring_query_departments (query_id, department_id)
select q.id, d.id
from (values ('Kestrel brand', 'Communications'), ('Kestrel brand', 'Marketing'),
             ('ShieldLock', 'Product'), ('ShieldLock', 'Customer Support'),
             ('Kestrel Marketplace', 'Sales'), ('Kestrel Marketplace', 'Customer Support'),
             ('Harrier & Co (competitor)', 'Marketing'), ('Harrier & Co (competitor)', 'Sales'),
             ('Crisis terms', 'Communications'), ('Crisis terms', 'Legal')) as v (query, department)
join monitoring_queries q on q.name = v.query
join departments d on d.name = v.department
on conflict do nothing;

-- The everyday stream: busier on weekdays, quieter at weekends, 13 months back.
with days as (
    select d::date as day, extract(isodow from d)::int as dow, (current_date - d::date) as age
    from generate_series(current_date - 395, current_date, interval '1 day') d
), slots as (
    select day, age, n from days,
         generate_series(1, case when dow <= 5 then 12 + (abs(hashtext(day::text)) % 8) else 4 + (abs(hashtext(day::text)) % 4) end) n
), templates (t, topic, title, body) as (values
    (0, 'brand', 'Kestrel Home kettle review: boils fast, looks good', 'Six weeks with the Kestrel Home kettle. Quiet, quick, and the lid finally does not burn fingers.'),
    (1, 'brand', 'Is Kestrel customer service getting better?', 'Called Kestrel about a late delivery; got a real person in four minutes and a refund the same day.'),
    (2, 'brand', 'Kestrel opens a pickup point in Dunmore', 'The new Kestrel pickup point next to the station saves me a trip to the depot.'),
    (3, 'shieldlock', 'ShieldLock U-lock long-term test', 'Our ShieldLock has survived two winters outside the office. Key mechanism still smooth.'),
    (4, 'shieldlock', 'Which bike lock? ShieldLock vs the rest', 'We compared five locks; the ShieldLock is heavy but the best value for city riders.'),
    (5, 'marketplace', 'Selling on Kestrel Marketplace: six months in', 'Fees are fair and payouts are on time on Kestrel Marketplace, but search ranking feels random.'),
    (6, 'marketplace', 'Kestrel Marketplace adds handmade category', 'Makers on Kestrel Marketplace can now list under Handmade; small sellers welcome it.'),
    (7, 'harrier', 'Harrier & Co cuts prices on smart plugs', 'Harrier & Co dropped the price of its smart plugs by a fifth this week.'),
    (8, 'harrier', 'Harrier & Co versus Kestrel: delivery times', 'In our test Harrier & Co delivered in two days, Kestrel in three.'),
    (9, 'brand', 'Kestrel soap refill stations, first look', 'Refill stations for Kestrel soaps arrived in three stores. Bring your own bottle.')
), authors (a, author, site) as (values
    (0, 'Mira Castell', 'dailygadget.example.com'), (1, 'tomasz_k', 'mastodon.example'), (2, 'Ines Laurent', 'homewire.example.org'),
    (3, 'farahreviews', 'oakridgereviews.example.com'), (4, 'bikecommuter', 'news.ycombinator.com'), (5, 'Oluwaseun Adeyemi', 'shopfloor.example.net'),
    (6, 'lorcanreads', 'reedyreads.example.com'), (7, 'pstrand', 'wiredvalleypost.example.com'), (8, 'Hana Sato', 'makersguild.example.org'),
    (9, 'grumpy_gadgets', 'forum.homegadgets.example.net'), (10, 'Dev Patel', 'citycycle.example.com'), (11, 'emericvale', 'valestreams.example.com')
)
insert into mentions (dedup_key, url, title, body, author, author_url, site, published_at, fetched_at, source_id, state,
                      assignee_id)
select 'demo:' || s.day || ':' || s.n,
       'https://' || a.site || '/p/' || to_char(s.day, 'YYYYMMDD') || '-' || s.n,
       tp.title, tp.body, a.author,
       case when a.author in ('farahreviews', 'lorcanreads', 'pstrand', 'emericvale') then null
            else 'https://' || a.site || '/u/' || replace(lower(a.author), ' ', '-') end,
       a.site,
       s.day + time '07:00' + ((abs(hashtext(s.day::text || s.n)) % 780) * interval '1 minute'),
       s.day + time '07:20' + ((abs(hashtext(s.day::text || s.n)) % 780) * interval '1 minute'),
       src.id,
       case when s.age <= 3 then 'NEW'
            when abs(hashtext(s.n::text || s.day)) % 10 < 7 then 'REVIEWED' else 'IGNORED' end,
       case when s.age <= 10 and s.n % 3 = 0 then lead.id end
from slots s
join templates tp on tp.t = abs(hashtext(s.day::text || 'tpl' || s.n)) % 10
join authors a on a.a = abs(hashtext(s.day::text || 'author' || s.n)) % 12
join monitoring_sources src on src.name = case
        when a.site = 'oakridgereviews.example.com' then 'Oakridge Reviews blog'
        when a.site = 'mastodon.example' then 'Mastodon #kestrel'
        when a.site = 'news.ycombinator.com' then 'Hacker News: Kestrel'
        when a.site = 'forum.homegadgets.example.net' then 'Home gadgets forum'
        when s.n % 4 = 0 then 'Listening Post alerts'
        else 'News search: Kestrel' end
left join users lead on lead.email = 'lead@example.com'
on conflict (dedup_key) do nothing;

-- Spike 1: the ShieldLock pen video (the demo incident), two days of alarm.
with incident as (
    select id, detected_at from incidents where title = 'Blogger opens a ShieldLock bike lock with a ballpoint pen'
), slots as (
    select i.id as incident_id, i.detected_at + (n * interval '17 minutes') as at, n
    from incident i, generate_series(1, 140) n
), lines (t, title, body) as (values
    (0, 'ShieldLock picked with a pen in 40 seconds', 'Watch: a ShieldLock U-lock opened with the barrel of a ballpoint pen. Is this lock unsafe?'),
    (1, 'Retailers pull ShieldLock after pen video', 'Two bike shops took the ShieldLock off their shelves today. Customers ask for a recall.'),
    (2, 'My ShieldLock is useless now?', 'Tried the pen trick on my own ShieldLock. It worked. I want a refund or a recall.'),
    (3, 'Kestrel silent on ShieldLock pen trick', 'No statement yet from Kestrel about the ShieldLock that can be picked with a pen.')
)
insert into mentions (dedup_key, url, title, body, author, site, published_at, fetched_at, source_id, state, incident_id)
select 'demo:spike-shieldlock:' || s.n,
       'https://citycycle.example.com/t/shieldlock-pen-' || s.n,
       l.title, l.body,
       (array['Dev Patel', 'bikecommuter', 'grumpy_gadgets', 'tomasz_k', 'Hana Sato', 'pstrand'])[1 + s.n % 6],
       'citycycle.example.com', s.at, s.at + interval '6 minutes', src.id,
       case when s.n <= 4 then 'ESCALATED' when s.n <= 100 then 'REVIEWED' else 'IGNORED' end,
       case when s.n <= 4 then s.incident_id end
from slots s
join lines l on l.t = s.n % 4
join monitoring_sources src on src.name = case when s.n % 3 = 0 then 'Mastodon #kestrel' else 'News search: Kestrel' end
where s.at <= now()
on conflict (dedup_key) do nothing;

-- Spike 2: the planned spring campaign, one busy day about seven months ago.
insert into mentions (dedup_key, url, title, body, author, site, published_at, fetched_at, source_id, state)
select 'demo:spike-spring:' || n,
       'https://homewire.example.org/spring-' || n,
       'Kestrel Home spring sale: 30% off kitchen', 'The Kestrel Home spring sale is on: kettles, toasters and refills at 30% off this weekend.',
       (array['Ines Laurent', 'Mira Castell', 'tomasz_k'])[1 + n % 3], 'homewire.example.org',
       (current_date - 212) + time '08:00' + n * interval '8 minutes',
       (current_date - 212) + time '08:10' + n * interval '8 minutes', src.id, 'REVIEWED'
from generate_series(1, 90) n
join monitoring_sources src on src.name = 'News search: Kestrel'
on conflict (dedup_key) do nothing;

-- Two sightings of the same story: the Listening Post vendor also saw some news-search stories.
insert into mention_sightings (mention_id, source_id, seen_at, url)
select m.id, m.source_id, m.fetched_at, m.url from mentions m where m.dedup_key like 'demo:%'
on conflict do nothing;
insert into mention_sightings (mention_id, source_id, seen_at, url)
select m.id, push.id, m.fetched_at + interval '35 minutes', m.url
from mentions m join monitoring_sources news on news.id = m.source_id and news.name = 'News search: Kestrel'
join monitoring_sources push on push.name = 'Listening Post alerts'
where m.dedup_key like 'demo:%' and m.id % 5 = 0
on conflict do nothing;

-- Which queries match: the same words the queries look for.
insert into mention_matches (mention_id, query_id)
select m.id, q.id from mentions m
join monitoring_queries q on (
       (q.name = 'Kestrel brand' and (m.title ilike '%kestrel%' or m.body ilike '%kestrel%'))
    or (q.name = 'ShieldLock' and (m.title ilike '%shieldlock%' or m.body ilike '%shieldlock%'))
    or (q.name = 'Kestrel Marketplace' and (m.title || m.body) ilike '%kestrel marketplace%')
    or (q.name = 'Harrier & Co (competitor)' and (m.title || m.body) ilike '%harrier%')
    or (q.name = 'Crisis terms' and (m.title || m.body) ~* '(kestrel|shieldlock)' and (m.title || m.body) ~* '(recall|lawsuit|boycott|unsafe|scam|picked with a pen)'))
where m.dedup_key like 'demo:%'
on conflict do nothing;

-- Daily counts, pre-aggregated as the app keeps them (all, per source, per query), in days of the zone the counts
-- are kept in (V74).
insert into mention_daily_counts (day, query_id, source_id, mentions)
select (coalesce(published_at, fetched_at) at time zone (select zone from mention_count_zone))::date, 0, 0, count(*) from mentions group by 1
on conflict (day, query_id, source_id) do update set mentions = excluded.mentions;
insert into mention_daily_counts (day, query_id, source_id, mentions)
select (coalesce(published_at, fetched_at) at time zone (select zone from mention_count_zone))::date, 0, source_id, count(*) from mentions group by 1, 3
on conflict (day, query_id, source_id) do update set mentions = excluded.mentions;
insert into mention_daily_counts (day, query_id, source_id, mentions)
select (coalesce(m.published_at, m.fetched_at) at time zone (select zone from mention_count_zone))::date, mm.query_id, 0, count(*)
from mentions m join mention_matches mm on mm.mention_id = m.id group by 1, 2
on conflict (day, query_id, source_id) do update set mentions = excluded.mentions;
-- and per author key (V71).
select recount_mention_author_daily_counts();

-- The poll log of the last hours.
insert into monitoring_poll_log (source_id, polled_at, outcome, http_status, fetched, new_items, message, duration_ms)
select s.id, now() - (g * s.poll_interval_minutes) * interval '1 minute',
       case when s.consecutive_failures > 0 and g <= 4 then 'ERROR' when g % 3 = 0 then 'NOT_MODIFIED' else 'OK' end,
       case when s.consecutive_failures > 0 and g <= 4 then 503 when g % 3 = 0 then 304 else 200 end,
       case when s.consecutive_failures > 0 and g <= 4 then 0 when g % 3 = 0 then 0 else 20 end,
       case when s.consecutive_failures > 0 and g <= 4 then 0 when g % 3 = 0 then 0 else g % 4 end,
       case when s.consecutive_failures > 0 and g <= 4 then 'The server answered 503' end, 150 + g * 7
from monitoring_sources s, generate_series(1, 8) g
where s.kind <> 'PUSH' and s.created_by = 'demo'
  and not exists (select 1 from monitoring_poll_log l where l.source_id = s.id);

-- The spike alerts, with their numbers: the ShieldLock one became the incident, the spring one was snoozed.
insert into monitoring_alerts (query_id, day, observed, baseline, p_value, raised_at, state, incident_id)
select q.id, (i.detected_at at time zone (select zone from mention_count_zone))::date, 73, 0.5, 2.1e-93, i.detected_at + interval '4 hours', 'ESCALATED', i.id
from monitoring_queries q, incidents i
where q.name = 'Crisis terms' and i.title = 'Blogger opens a ShieldLock bike lock with a ballpoint pen'
  and not exists (select 1 from monitoring_alerts a where a.query_id = q.id);
insert into monitoring_alerts (query_id, day, observed, baseline, p_value, raised_at, state, snooze_reason, snoozed_until)
select q.id, current_date - 212, 96, 7.3, 4.0e-52, (current_date - 212) + time '16:00', 'SNOOZED',
       'Planned spring campaign (Marketing)', (current_date - 205) + time '16:00'
from monitoring_queries q
where q.name = 'Kestrel brand' and not exists (select 1 from monitoring_alerts a where a.query_id = q.id);

-- The escalated mentions on the incident's timeline.
insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_id, actor_name, external,
                                       channel, link, body)
select m.incident_id, 'LINKED_MENTION', m.published_at, m.fetched_at + interval '20 minutes', u.id, u.display_name, true,
       m.site, m.url, m.author || ': ' || m.title
from mentions m join users u on u.email = 'lead@example.com'
where m.dedup_key like 'demo:spike-shieldlock:%' and m.incident_id is not null
  and not exists (select 1 from incident_timeline_entries e where e.incident_id = m.incident_id and e.type = 'LINKED_MENTION');
