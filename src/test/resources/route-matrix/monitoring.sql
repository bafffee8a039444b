-- Monitoring fixtures: a feed source that never reaches the internet, a push source, a query that matters to
-- "Matrix Home" and one that does not, a mention of each, and an open alert.
insert into monitoring_sources (kind, name, url, next_poll_at, created_at, created_by, updated_at, updated_by)
values ('FEED', 'Matrix Feed', 'http://127.0.0.1:9/feed.xml', now() + interval '3650 days', now(), 'test', now(), 'test'),
       ('PUSH', 'Matrix Push', 'https://vendor.example/push', now() + interval '3650 days', now(), 'test', now(), 'test')
on conflict (name) do nothing;

insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
values ('Matrix Query', 'matrixword', 'BRAND', now(), 'test', now(), 'test'),
       ('Matrix Other Query', 'otherword', 'PRODUCT', now(), 'test', now(), 'test')
on conflict (name) do nothing;

insert into monitoring_query_departments (query_id, department_id)
select q.id, d.id from monitoring_queries q, departments d where q.name = 'Matrix Query' and d.name = 'Matrix Home'
on conflict do nothing;

insert into mentions (dedup_key, title, body, fetched_at, source_id)
select k, t, t, now(), s.id from monitoring_sources s,
    (values ('matrix:visible', 'Matrix visible matrixword'), ('matrix:hidden', 'Matrix hidden otherword')) as v (k, t)
where s.name = 'Matrix Feed'
on conflict (dedup_key) do nothing;

insert into mention_matches (mention_id, query_id)
select m.id, q.id from mentions m, monitoring_queries q
where (m.dedup_key = 'matrix:visible' and q.name = 'Matrix Query')
   or (m.dedup_key = 'matrix:hidden' and q.name = 'Matrix Other Query')
on conflict do nothing;

insert into monitoring_alerts (query_id, day, observed, baseline, p_value, raised_at)
select q.id, current_date, 23, 4.1, 1e-9, now() from monitoring_queries q
where q.name = 'Matrix Query' and not exists (select 1 from monitoring_alerts a where a.query_id = q.id);
