-- Demo goals: this year's and last year's across the metrics (some on track, the crisis limit at risk), and the
-- monthly site traffic, inbound links and speaking engagements the app cannot know, entered by the lead.
with lead as (select id from users where email = 'lead@example.com'),
     this_year as (select extract(year from now())::int y),
     rows (metric, kind, years_back, number, target, department, note) as (values
        ('mentions:ALL', 'YEAR', 0, 0, 4800, null, 'Demo: more mentions than last year'),
        ('activities:ALL', 'YEAR', 0, 0, 180, null, 'Demo: a steady stream of activities'),
        ('blog-posts:PUBLISHED', 'YEAR', 0, 0, 12, null, 'Demo: one blog post a month'),
        ('outreach:ALL', 'YEAR', 0, 0, 10, null, 'Demo: pitch and brief the bloggers we know'),
        ('training:COVERAGE', 'YEAR', 0, 0, 40, null, 'Demo: two in five colleagues trained'),
        ('acknowledgements:RATE', 'YEAR', 0, 0, 75, null, 'Demo: three in four acknowledge the policies'),
        ('incidents:SEVERITY_1', 'YEAR', 0, 0, 4, null, 'Demo: at most four crises'),
        ('response-time:FIRST_RESPONSE', 'YEAR', 0, 0, 6, null, 'Demo: answer within six hours'),
        ('share-of-voice:BRAND', 'YEAR', 0, 0, 50, null, 'Demo: half of the conversation'),
        ('manual:TRAFFIC', 'YEAR', 0, 0, 220000, null, 'Demo: site visits from social media'),
        ('activities:POST', 'QUARTER', 0, -1, 1, 'Marketing', 'Demo: Marketing posts this quarter'),
        ('mentions:ALL', 'YEAR', 1, 0, 1000, null, 'Demo: last year''s mentions'),
        ('activities:ALL', 'YEAR', 1, 0, 40, null, 'Demo: last year''s activities'),
        ('manual:TRAFFIC', 'YEAR', 1, 0, 180000, null, 'Demo: last year''s site visits'))
insert into goals (metric, period_kind, period_year, period_number, target, department_id, note,
                   created_at, created_by, updated_at, updated_by)
select r.metric, r.kind, t.y - r.years_back,
       case when r.number = -1 then extract(quarter from now())::int else r.number end,
       r.target, d.id, r.note, now(), 'lead@example.com', now(), 'lead@example.com'
from rows r cross join this_year t left join departments d on d.name = r.department
where not exists (select 1 from goals g where g.metric = r.metric and g.period_kind = r.kind
                  and g.period_year = t.y - r.years_back and g.department_id is not distinct from d.id
                  and g.period_number = case when r.number = -1 then extract(quarter from now())::int else r.number end);

insert into goal_data_points (metric, month, value, note, entered_by_id, created_at, created_by, updated_at, updated_by)
select 'TRAFFIC', m::date, 14000 + 350 * row_number() over (order by m) + (extract(month from m)::int % 3) * 900,
       'From the web analytics export', u.id, now(), 'lead@example.com', now(), 'lead@example.com'
from generate_series(date_trunc('month', now()) - interval '23 months', date_trunc('month', now()) - interval '1 month',
                     interval '1 month') as m,
     users u
where u.email = 'lead@example.com'
on conflict (metric, month) do nothing;

insert into goal_data_points (metric, month, value, note, entered_by_id, created_at, created_by, updated_at, updated_by)
select v.metric, (date_trunc('month', now()) - v.back * interval '1 month')::date, v.value, v.note, u.id, now(),
       'lead@example.com', now(), 'lead@example.com'
from (values ('INBOUND_LINKS', 1, 42, 'Backlink report'), ('INBOUND_LINKS', 2, 37, 'Backlink report'),
             ('SPEAKING', 2, 1, 'Panel at a regional marketing meetup'),
             ('SPEAKING', 5, 2, 'Two conference talks')) as v (metric, back, value, note),
     users u
where u.email = 'lead@example.com'
on conflict (metric, month) do nothing;
