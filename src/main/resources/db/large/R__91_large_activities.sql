-- Large dataset, step 2: ${large-activities} activities over the last five years (see R__90 for how these scripts
-- work). Each activity follows one of twenty department templates (department, service, kind, title); the owner
-- is an active colleague of that department. The dates have a weekly rhythm (busy Tuesday to Thursday, quiet
-- weekends) and grow threefold from five years ago to now; a few are planned for the coming weeks.

-- Sorting the generated rows (for stable ids) in memory rather than on disk; for this transaction only.
set local work_mem = '64MB';

create or replace function pg_temp.large_random(seed text) returns double precision
    language sql immutable
as $$ select ('x' || substr(md5(seed), 1, 13))::bit(52)::bigint::double precision / 4503599627370496 $$;

with template (n, department, service, kind, title, topics) as (values
    (0, 'Marketing', 'Linkup', 'POST', 'Product spotlight: %s', array['the Aurora lamp', 'the travel kit', 'the new colours', 'gift ideas', 'the repair service', 'the outdoor range']),
    (1, 'Marketing', 'Friendface', 'CAMPAIGN', 'Seasonal campaign: %s', array['spring cleaning', 'summer evenings', 'back to school', 'winter sale', 'Black Friday', 'the anniversary']),
    (2, 'Marketing', 'Vidtube', 'PODCAST_VIDEO', 'Customer story video: %s', array['a bakery in Leeds', 'a design studio', 'a family of five', 'a school library', 'a mountain hut', 'a repair café']),
    (3, 'Marketing', 'Clipstream', 'AD', 'Short video ad: %s', array['unboxing', 'thirty-second setup', 'before and after', 'night mode', 'the quiet fan', 'travel size']),
    (4, 'Communications', 'Inkwell', 'ARTICLE', 'Company blog: %s', array['our sustainability report', 'ten years of Kestrel', 'how we test products', 'meet the repair team', 'the new warehouse', 'why we repair']),
    (5, 'Communications', 'Chirp', 'POST', 'Press release shared: %s', array['quarterly results', 'new warehouse', 'partnership with a charity', 'award shortlist', 'the new CEO', 'the recall update']),
    (6, 'Communications', 'Linkup', 'OUTREACH', 'Blogger briefing on %s', array['the autumn range', 'repairability', 'energy labels', 'the design process', 'the spare-parts promise', 'the price freeze']),
    (7, 'Customer Support', 'Chirp', 'REPLY', 'Answered questions about %s', array['delivery delays', 'the firmware update', 'warranty claims', 'spare parts', 'refunds', 'the app login']),
    (8, 'Customer Support', 'Starcheck', 'REVIEW_RESPONSE', 'Replied to reviews mentioning %s', array['battery life', 'packaging', 'customer service', 'assembly', 'noise', 'the manual']),
    (9, 'Customer Support', 'Askboard', 'REPLY', 'Forum answer: %s', array['pairing the remote', 'resetting the lamp', 'return labels', 'bulb sizes', 'cleaning the filter', 'wall mounting']),
    (10, 'HR', 'Linkup', 'POST', 'Job opening: %s', array['support agent', 'product designer', 'warehouse lead', 'data analyst', 'social media manager', 'apprentice electrician']),
    (11, 'HR', 'Jobrate', 'REVIEW_RESPONSE', 'Responded to employer review about %s', array['onboarding', 'shift patterns', 'career growth', 'the office move', 'parental leave', 'the canteen']),
    (12, 'HR', 'Vidtube', 'EVENT', 'Recruiting day livestream: %s', array['engineering', 'customer support', 'internships', 'logistics', 'design', 'apprenticeships']),
    (13, 'Product', 'DevTalk Forum', 'POST', 'Release notes discussion: %s', array['API version 3', 'webhooks', 'rate limits', 'the smart-home bridge', 'the SDK', 'firmware 5']),
    (14, 'Product', 'Podnest', 'PODCAST_VIDEO', 'Product Talk episode: %s', array['designing for repair', 'what customers asked for', 'behind the firmware', 'accessibility', 'materials', 'testing in the cold']),
    (15, 'Product', 'Knowpedia', 'OTHER', 'Suggested correction on the talk page: %s', array['founding year', 'product list', 'headquarters', 'logo history', 'patents', 'the recall']),
    (16, 'IT', 'Askboard', 'REPLY', 'Security advisory answered: %s', array['phishing messages', 'account takeover', 'the login page', 'two-factor sign-in', 'fake support accounts', 'a leaked password list']),
    (17, 'Legal', 'Chirp', 'OTHER', 'Impersonation report filed: %s', array['a fake support account', 'a counterfeit shop', 'a fake giveaway', 'a cloned job post', 'a fake CEO account', 'a lookalike domain']),
    (18, 'Executive', 'Linkup', 'ARTICLE', 'CEO article: %s', array['what we learned this year', 'repair over replace', 'our people', 'the next five years', 'listening to customers', 'the new factory']),
    (19, 'Executive', 'Inkwell', 'EVENT', 'Town hall recap: %s', array['the results', 'the strategy', 'questions from the floor', 'the new offices', 'the awards', 'the roadmap'])
),
-- Active colleagues numbered 1..size within their department: an activity picks its owner by number.
staff as (
    select id, department_id,
           row_number() over (partition by department_id order by id) as n,
           count(*) over (partition by department_id) as size
    from users
    where active
),
-- The company's first account on a service for a department, if it has one.
account as (
    select distinct on (service_id, department_id) id, service_id, department_id
    from accounts
    order by service_id, department_id, id
),
-- One row per activity: the template and the day. A week number with a density rising from 1 to 3 over five
-- years (inverse of the cumulative distribution (x + x^2) / 2), then a weekday with office-week weights.
draw as (
    select g,
           floor(pg_temp.large_random('activity-template-' || g) * 20)::int as template,
           floor(pg_temp.large_random('activity-topic-' || g) * 6)::int + 1 as topic,
           case
               when pg_temp.large_random('activity-planned-' || g) < 0.01
                   then current_date + 1 + floor(pg_temp.large_random('activity-ahead-' || g) * 28)::int
               else date_trunc('week', current_date - interval '5 years')::date
                    + 7 * floor((sqrt(1 + 8 * pg_temp.large_random('activity-week-' || g)) - 1) / 2 * 261)::int
                    -- days after Monday: Monday 17 %, Tuesday and Wednesday 22 % each, Thursday 20 %, Friday 15 %,
                    -- Saturday 2.5 %, Sunday 1.5 % (width_bucket gives the number of bounds below the draw)
                    + width_bucket(pg_temp.large_random('activity-weekday-' || g),
                                   array[0.17, 0.39, 0.61, 0.81, 0.96, 0.985])
           end as day,
           pg_temp.large_random('activity-owner-' || g) as owner_draw,
           pg_temp.large_random('activity-status-' || g) as status_draw,
           pg_temp.large_random('activity-reach-' || g) as reach_draw
    from generate_series(1, ${large-activities}) as g
),
-- The draw placed in its template and department, with the number of the owner within the department.
placed as materialized (
    select r.*, t.kind, format(t.title, t.topics[r.topic]) as title, d.id as department_id, s.id as service_id,
           s.name as service_name, 1 + floor(r.owner_draw * team.size)::int as owner_n
    from draw r
    join template t on t.n = r.template
    join departments d on d.name = t.department
    join social_services s on s.name = t.service
    join (select department_id, max(size) as size from staff group by department_id) as team on team.department_id = d.id
)
insert into activities (department_id, service_id, account_id, kind, title, link, activity_date, owner_id, status,
                        reach, engagement, notes, created_at, created_by, updated_at, updated_by)
select r.department_id, r.service_id, a.id, r.kind, r.title,
       case when pg_temp.large_random('activity-link-' || r.g) < 0.4
            then 'https://' || lower(replace(r.service_name, ' ', '')) || '.example/kestrel/' || r.g end,
       r.day,
       u.id,
       case
           when r.day > current_date then 'PLANNED'
           when r.status_draw < 0.03 then 'CANCELLED'
           when r.day > current_date - 14 and r.status_draw < 0.35 then 'LIVE'
           else 'DONE'
       end,
       -- reach and engagement for about two thirds, skewed: most posts reach hundreds, a few reach tens of thousands
       case when r.reach_draw < 0.65 then 100 + floor(r.reach_draw * r.reach_draw * 120000)::int end,
       case when r.reach_draw < 0.65
            then floor(r.reach_draw * r.reach_draw * 120000 * 0.08 * pg_temp.large_random('activity-engagement-' || r.g))::int end,
       case when pg_temp.large_random('activity-notes-' || r.g) < 0.2
            then (array['Logged from the weekly department round-up.',
                        'Numbers from the service''s own analytics, a week after posting.',
                        'Coordinated with Communications before publishing.',
                        'Agency drafted, department approved.',
                        'Follow-up planned for next month.'])[1 + r.g % 5] end,
       -- logged on the day (or, for planned ones, a few days ago), during office hours
       (least(r.day, current_date - 3) + time '09:00' + (r.g % 480) * interval '1 minute') at time zone 'Europe/Berlin',
       'large',
       (least(r.day, current_date - 1) + time '09:00' + (r.g % 480) * interval '1 minute') at time zone 'Europe/Berlin',
       'large'
from placed r
join staff u on u.department_id = r.department_id and u.n = r.owner_n
left join account a on a.service_id = r.service_id and a.department_id = r.department_id
where not exists (select 1 from activities where created_by = 'large')
order by r.g;

analyze activities;
