-- Mentions per day per author key, so that "mentions by tracked contacts" (goals, reports) is read by the contacts'
-- keys and never by scanning the mentions. One row per day (the UTC day of publication, else of finding, as in
-- mention_daily_counts) and per distinct author as monitoring recognises authors (see monitoring.KnownAuthors):
-- handle (lower case, without the leading "@"; '' when none), its local part before a second "@" (for
-- "@name@server"), profile URL without scheme, "www." or trailing "/" ('' when none), and the site (host without
-- "www."). Kept at ingest (monitoring.AuthorDailyCounts); a mention matching contacts by two keys is one row, so it
-- counts once.
create table mention_author_daily_counts (
    day          date    not null,
    handle       text    not null default '',
    handle_local text    not null generated always as (
                     case when position('@' in handle) > 1 then split_part(handle, '@', 1) else '' end) stored,
    url_key      text    not null default '',
    domain       text    not null default '',
    mentions     integer not null default 0,
    primary key (day, handle, url_key, domain)
);

-- Each key is looked up with its window of days.
create index mention_author_daily_counts_handle_idx on mention_author_daily_counts (handle, day);
create index mention_author_daily_counts_local_idx on mention_author_daily_counts (handle_local, day);
create index mention_author_daily_counts_url_idx on mention_author_daily_counts (url_key, day);
create index mention_author_daily_counts_domain_idx on mention_author_daily_counts (domain, day);

-- Recounts every mention (this migration, and the demo and large data scripts that insert mentions directly). The
-- keys as the app computes them at ingest; a profile URL is simplified as monitoring.MentionText.canonicalUrl does
-- for ordinary addresses (scheme and host in lower case, default port, query and fragment dropped).
create or replace function recount_mention_author_daily_counts() returns void
    language sql
as $$
    delete from mention_author_daily_counts;
    insert into mention_author_daily_counts (day, handle, url_key, domain, mentions)
    select day, handle, url_key, domain, count(*)
    from (
        select (coalesce(m.published_at, m.fetched_at) at time zone 'UTC')::date as day,
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

select recount_mention_author_daily_counts();
