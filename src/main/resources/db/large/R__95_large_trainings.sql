-- Large dataset, step 6: ${large-trainings} trainings with their audiences, sessions and enrolments (see R__90 for
-- how these scripts work). Each training is for one department (sometimes more, sometimes everyone) and has two to
-- eight past sessions over five years; one in six also has a session in the coming two months. Past sessions
-- record attendance; upcoming ones fill up to their capacity and put the rest on the waiting list.

-- Sorting the generated rows (for stable ids) in memory rather than on disk; for this transaction only.
set local work_mem = '64MB';

create or replace function pg_temp.large_random(seed text) returns double precision
    language sql immutable
as $$ select ('x' || substr(md5(seed), 1, 13))::bit(52)::bigint::double precision / 4503599627370496 $$;

create or replace function pg_temp.large_pick(items text[], seed text) returns text
    language sql immutable
as $$ select items[1 + floor(pg_temp.large_random(seed) * cardinality(items))::int] $$;

create temporary table large_trainer on commit drop as
select id, row_number() over (order by id) as n from users where active and role in ('MANAGER', 'LEAD');
analyze large_trainer;

-- Titles: twenty-five topics times the eight departments, so every title is different.
insert into trainings (title, description, topic_kind, topic, format, trainer_id, vendor_id, external_trainer,
                       materials, required, service_id, policy_id, created_at, created_by, updated_at, updated_by)
select t.topic || ' for ' || t.department || case when t.g > 200 then ' (' || t.g || ')' else '' end,
       format('What %s need to know about %s: examples from our own accounts, the rules that apply, and practice.',
              t.department, lower(t.topic)),
       t.topic_kind, t.topic,
       pg_temp.large_pick(array['WORKSHOP', 'WEBINAR', 'E_LEARNING', 'SIMULATION'], 'training-format-' || t.g),
       case when t.trainer_draw < 0.45 then trainer.id end,
       case when t.trainer_draw >= 0.45 and t.trainer_draw < 0.55 then vendor.id end,
       case when t.trainer_draw >= 0.45
            then pg_temp.large_pick(array['Dana Okafor', 'Lio Brandt', 'Sol Marin', 'Kim Asante', 'Ren Vogel'],
                                    'training-external-' || t.g) end,
       'https://intranet.example.com/smr/training-' || t.g,
       pg_temp.large_random('training-required-' || t.g) < 0.35,
       case when pg_temp.large_random('training-service-' || t.g) < 0.4
            then (select id from social_services order by id
                  offset floor(pg_temp.large_random('training-service-pick-' || t.g) * (select count(*) from social_services))::int
                  limit 1) end,
       case when pg_temp.large_random('training-policy-' || t.g) < 0.3
            then (select id from policies order by id
                  offset floor(pg_temp.large_random('training-policy-pick-' || t.g) * (select count(*) from policies))::int
                  limit 1) end,
       t.created, 'large', t.created, 'large'
from (
    select g,
           (array['Answering reviews', 'Writing for the company blog', 'Crisis simulation', 'Disclosure and ethics',
                  'Monitoring dashboards', 'Short video basics', 'Podcasting', 'Working with influencers',
                  'Account security', 'Community moderation', 'Employer reviews', 'Live events online',
                  'Handling press questions', 'Correcting misinformation', 'Social media basics',
                  'Accessible posts', 'Image and music rights', 'Personal accounts and work', 'Paid campaigns',
                  'Customer forums', 'Measuring engagement', 'Escalation paths', 'Data protection in replies',
                  'Wiki etiquette', 'Messaging apps'])[1 + (g - 1) % 25] as topic,
           (array['TECHNOLOGY', 'CULTURE', 'POLICY', 'SERVICE'])[1 + (g - 1) % 4] as topic_kind,
           (select name from departments order by id offset ((g - 1) / 25) % 8 limit 1) as department,
           pg_temp.large_random('training-trainer-' || g) as trainer_draw,
           1 + floor(pg_temp.large_random('training-trainer-pick-' || g) * (select count(*) from large_trainer))::int as trainer_n,
           (current_date - 1826 + floor(pg_temp.large_random('training-created-' || g) * 200)::int + time '11:00')
               at time zone 'Europe/Berlin' as created
    from generate_series(1, ${large-trainings}) as g
) as t
join large_trainer trainer on trainer.n = t.trainer_n
left join lateral (select id from vendors order by (kind = 'TRAINING') desc, id limit 1) as vendor on true
where not exists (select 1 from trainings where created_by = 'large')
order by t.g;

create temporary table large_training on commit drop as
select id, title, row_number() over (order by id) as n from trainings where created_by = 'large';
analyze large_training;

-- Audience: the department in the title, plus up to two others; one training in ten is for everyone.
insert into training_audiences (training_id, department_id)
select t.id, d.id
from large_training t
join departments d
    on t.title like '% for ' || d.name || '%'
    or pg_temp.large_random('training-everyone-' || t.n) < 0.1
    or pg_temp.large_random('training-audience-' || t.n || '-' || d.id) < 0.1
where not exists (select 1 from training_audiences x join large_training y on y.id = x.training_id)
on conflict do nothing;

-- Sessions: 2 to 8 past ones between the training's creation and last week, and sometimes an upcoming one.
insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
                               created_at, created_by, updated_at, updated_by)
select s.training_id, s.starts_at,
       (array[45, 60, 90, 120, 180, 240])[1 + floor(pg_temp.large_random('session-duration-' || s.seed) * 6)::int],
       pg_temp.large_pick(array['Room Lindenhof, 3rd floor', 'Board room', 'Studio B', 'Support floor training corner',
                                'https://meet.example.com/smr-training', 'https://learn.example.com/course'],
                          'session-location-' || s.seed),
       (array[8, 12, 15, 20, 30, 40, 60])[1 + floor(pg_temp.large_random('session-capacity-' || s.seed) * 7)::int],
       least(s.starts_at, (current_date - 1 + time '09:00') at time zone 'Europe/Berlin') - interval '30 days', 'large',
       least(s.starts_at, (current_date - 1 + time '09:00') at time zone 'Europe/Berlin') - interval '30 days', 'large'
from (
    select t.id as training_id, t.n || '-' || k as seed,
           (case when k > c.past
                 then current_date + 3 + floor(pg_temp.large_random('session-ahead-' || t.n) * 57)::int
                 else current_date - 1790 + (1780 * (k - 1 + pg_temp.large_random('session-day-' || t.n || '-' || k)) / c.past)::int
            end + case when k % 2 = 0 then time '14:00' else time '09:00' end) at time zone 'Europe/Berlin' as starts_at
    from large_training t
    cross join lateral (select 2 + floor(pg_temp.large_random('training-sessions-' || t.n) * 7)::int as past,
                               pg_temp.large_random('training-upcoming-' || t.n) < 0.17 as upcoming) as c
    cross join lateral generate_series(1, c.past + case when c.upcoming then 1 else 0 end) as k
) as s
where not exists (select 1 from training_sessions x join large_training y on y.id = x.training_id)
order by s.training_id, s.starts_at;

-- The active people of each training's audience, numbered 1..size.
create temporary table large_audience on commit drop as
select a.training_id, u.id as user_id,
       row_number() over (partition by a.training_id order by u.id) as n,
       count(*) over (partition by a.training_id) as size
from training_audiences a
join large_training t on t.id = a.training_id
join users u on u.department_id = a.department_id and u.active;
analyze large_audience;

-- Enrolments: consecutive people of the audience from a drawn starting point, so nobody enrols twice in a session.
insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at,
                                 created_at, created_by, updated_at, updated_by)
select e.session_id, a.user_id,
       case when e.cancelled then 'CANCELLED'
            when not e.past and e.k >= e.capacity then 'WAITLISTED'
            else 'ENROLLED' end,
       case when e.cancelled or not e.past then 'REGISTERED'
            when pg_temp.large_random('enrolment-attended-' || e.session_id || '-' || e.k) < 0.85 then 'ATTENDED'
            else 'NO_SHOW' end,
       e.starts_at - interval '14 days' + e.k * interval '1 hour',
       e.starts_at - interval '14 days' + e.k * interval '1 hour', 'large',
       e.starts_at - interval '14 days' + e.k * interval '1 hour', 'large'
from (
    select s.id as session_id, s.training_id, s.starts_at, s.capacity, s.starts_at < current_date as past, k,
           pg_temp.large_random('enrolment-cancelled-' || s.id || '-' || k) < 0.06 as cancelled,
           floor(pg_temp.large_random('enrolment-start-' || s.id) * audience.size)::int as start,
           audience.size
    from training_sessions s
    join large_training t on t.id = s.training_id
    join (select training_id, max(size) as size from large_audience group by training_id) as audience
        on audience.training_id = s.training_id
    cross join lateral generate_series(0, least(audience.size,
            floor(s.capacity * (0.6 + 0.6 * pg_temp.large_random('session-demand-' || s.id)))::int) - 1) as k
) as e
join large_audience a on a.training_id = e.training_id and a.n = 1 + (e.start + e.k) % e.size
where not exists (select 1 from training_enrolments where created_by = 'large')
order by e.session_id, e.k;

analyze trainings;
analyze training_audiences;
analyze training_sessions;
analyze training_enrolments;
