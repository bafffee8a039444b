-- Mentions are counted per day of the company's calendar (the zone smr.time-zone), the calendar goals, reports, the
-- dashboard and the spike rule read their periods in; until now the daily counts (V64, V71) were UTC days, so a
-- mention at 00:30 in Berlin counted on the day before. The zone the counts are in is kept here; when the
-- application starts with another zone it counts every day again (monitoring.MentionCountZone, after migrating), and
-- ingest counts new mentions in the configured zone.
create table mention_count_zone (
    id   boolean primary key default true check (id),
    zone text    not null
);

-- what every count was made in so far
insert into mention_count_zone (zone) values ('UTC');

-- Every daily count again from the mentions, in the kept zone: all, per source, per query (as ingest and
-- monitoring.QueryRematch keep them), and per author key.
create or replace function recount_mention_daily_counts() returns void
    language sql
as $$
    delete from mention_daily_counts;
    insert into mention_daily_counts (day, query_id, source_id, mentions)
    select (coalesce(m.published_at, m.fetched_at) at time zone z.zone)::date, 0, 0, count(*)
    from mentions m, mention_count_zone z group by 1 order by 1;
    insert into mention_daily_counts (day, query_id, source_id, mentions)
    select (coalesce(m.published_at, m.fetched_at) at time zone z.zone)::date, 0, m.source_id, count(*)
    from mentions m, mention_count_zone z group by 1, 3 order by 1, 3;
    insert into mention_daily_counts (day, query_id, source_id, mentions)
    select (coalesce(m.published_at, m.fetched_at) at time zone z.zone)::date, mm.query_id, 0, count(*)
    from mentions m join mention_matches mm on mm.mention_id = m.id, mention_count_zone z group by 1, 2 order by 1, 2;
    select recount_mention_author_daily_counts();
$$;

-- V71's recount, in the kept zone instead of UTC (the demo and large data scripts call it too).
create or replace function recount_mention_author_daily_counts() returns void
    language sql
as $$
    delete from mention_author_daily_counts;
    insert into mention_author_daily_counts (day, handle, url_key, domain, mentions)
    select day, handle, url_key, domain, count(*)
    from (
        select (coalesce(m.published_at, m.fetched_at) at time zone (select zone from mention_count_zone))::date as day,
               coalesce(left(regexp_replace(lower(btrim(m.author)), '^@', ''), 500), '') as handle,
               coalesce(left(case
                   when u.p is not null then regexp_replace(regexp_replace(lower(u.p[2]), '^www\.', '')
                       || case when u.p[3] in (':80', ':443') then '' else coalesce(u.p[3], '') end
                       || coalesce(nullif(u.p[4], ''), '/'), '/$', '')
                   else regexp_replace(regexp_replace(lower(btrim(m.author_url)), '^https?://(www\.)?', ''), '/$', '')
               end, 500), '') as url_key,
               coalesce(lower(m.site), '') as domain
        from mentions m
        left join lateral (select regexp_match(btrim(m.author_url), '^(https?)://([^/?#:]+)(:[0-9]+)?([^?#]*)', 'i') as p) u
            on true
    ) keyed
    group by day, handle, url_key, domain
    order by day, handle, url_key, domain;
$$;
