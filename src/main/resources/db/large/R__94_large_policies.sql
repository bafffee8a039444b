-- Large dataset, step 5: ${large-policies} policies with their versions and acknowledgements (see R__90 for how
-- these scripts work). Each policy has one to four versions: the older ones retired, the newest published; one in
-- five also has an open draft or a version in review. A third apply to all departments, the others to one to
-- three. About two thirds of the people a published version applies to have acknowledged it.

-- Sorting the generated rows (for stable ids) in memory rather than on disk; for this transaction only.
set local work_mem = '64MB';

create or replace function pg_temp.large_random(seed text) returns double precision
    language sql immutable
as $$ select ('x' || substr(md5(seed), 1, 13))::bit(52)::bigint::double precision / 4503599627370496 $$;

create or replace function pg_temp.large_pick(items text[], seed text) returns text
    language sql immutable
as $$ select items[1 + floor(pg_temp.large_random(seed) * cardinality(items))::int] $$;

-- Policy owners: the lead for half of them, otherwise a manager.
create temporary table large_manager on commit drop as
select id, row_number() over (order by id) as n from users where active and role in ('MANAGER', 'LEAD');
analyze large_manager;

-- Titles: the seven kinds times forty subjects, so every title is different.
insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
                      created_at, created_by, updated_at, updated_by)
select p.title, p.kind, coalesce(lead.id, m.id), p.all_departments, p.cycle,
       -- due within the cycle; one in ten is overdue
       case when pg_temp.large_random('policy-overdue-' || p.g) < 0.1
            then current_date - 1 - floor(pg_temp.large_random('policy-review-' || p.g) * 60)::int
            else current_date + floor(pg_temp.large_random('policy-review-' || p.g) * p.cycle * 30)::int end,
       p.created, 'large', p.created, 'large'
from (
    select g,
           (array['BLOGGING', 'BLOGGER_RELATIONS', 'MONITORING', 'ENGAGEMENT', 'CRISIS', 'PLATFORM_USE', 'DISCLOSURE'])[1 + (g - 1) % 7] as kind,
           (array['Blogging', 'Blogger relations', 'Monitoring', 'Engagement', 'Crisis communications', 'Platform use',
                  'Disclosure'])[1 + (g - 1) % 7] || ': '
               || (array['product reviews', 'customer forums', 'video channels', 'podcasts', 'employee advocacy',
                         'recruiting posts', 'live events', 'press questions', 'influencer programmes', 'giveaways',
                         'paid partnerships', 'community moderation', 'review sites', 'wiki articles', 'messaging apps',
                         'personal accounts', 'account security', 'data requests', 'product recalls', 'outages',
                         'price changes', 'executive posts', 'sponsored content', 'affiliate links', 'user content',
                         'comment replies', 'direct messages', 'trade fairs', 'anniversaries', 'charity campaigns',
                         'new markets', 'job ads', 'student projects', 'customer stories', 'photo rights',
                         'music rights', 'accessibility', 'translations', 'after-hours cover', 'agency work'])[1 + ((g - 1) / 7) % 40]
               || case when g > 280 then ' (' || g || ')' else '' end as title,
           pg_temp.large_random('policy-all-' || g) < 0.33 as all_departments,
           (array[6, 12, 12, 24])[1 + floor(pg_temp.large_random('policy-cycle-' || g) * 4)::int] as cycle,
           case when pg_temp.large_random('policy-owner-' || g) < 0.5 then 'lead@example.com' end as lead_email,
           1 + floor(pg_temp.large_random('policy-manager-' || g) * (select count(*) from large_manager))::int as manager_n,
           (current_date - 1826 + floor(pg_temp.large_random('policy-created-' || g) * 1400)::int + time '11:00')
               at time zone 'Europe/Berlin' as created
    from generate_series(1, ${large-policies}) as g
) as p
join large_manager m on m.n = p.manager_n
left join users lead on lead.email = p.lead_email
where not exists (select 1 from policies where created_by = 'large')
order by p.g;

create temporary table large_policy on commit drop as
select id, row_number() over (order by id) as n, title, owner_id, created_at, all_departments
from policies
where created_by = 'large';
analyze large_policy;

insert into policy_departments (policy_id, department_id)
select p.id, d.id
from large_policy p
cross join generate_series(1, 3) as k
join (select id, row_number() over (order by id) as n from departments) as d
    on d.n = 1 + floor(pg_temp.large_random('policy-department-' || p.n || '-' || k) * 8)::int
where not p.all_departments
  and k <= 1 + floor(pg_temp.large_random('policy-departments-' || p.n) * 3)::int
  and not exists (select 1 from policy_departments x join large_policy y on y.id = x.policy_id)
on conflict do nothing;

-- Versions 1 .. count: published at even steps between the policy's creation and a month ago; the newest is
-- PUBLISHED, the others RETIRED; one policy in five has one more version, a DRAFT or IN_REVIEW.
insert into policy_versions (policy_id, number, body, change_summary, state, published_at, published_by_id,
                             created_at, created_by, updated_at, updated_by)
select v.id, v.number,
       format(E'# %s\n\nThis policy says how Kestrel people handle %s.\n\n'
              || E'1. Say who you are and that you work for Kestrel.\n'
              || E'2. Speak for yourself unless Communications asked you to speak for the company.\n'
              || E'3. Keep confidential things confidential: no unreleased products, prices or customer details.\n'
              || E'4. Be polite, also to critics; correct mistakes openly.\n'
              || E'5. When unsure, ask the SMR lead **before** posting.\n\n'
              || E'## What changed in version %s\n\n%s\n', v.title, lower(split_part(v.title, ': ', 2)), v.number, v.summary),
       v.summary, v.state,
       case when v.state in ('PUBLISHED', 'RETIRED') then v.published end,
       case when v.state in ('PUBLISHED', 'RETIRED') then v.owner_id end,
       v.published - interval '7 days', 'large', v.published, 'large'
from (
    select p.id, p.title, p.owner_id, k as number,
           case when k < c.count then 'RETIRED'
                when k = c.count then 'PUBLISHED'
                when pg_temp.large_random('policy-open-state-' || p.n) < 0.5 then 'DRAFT'
                else 'IN_REVIEW' end as state,
           case when k = 1 then 'First version'
                else pg_temp.large_pick(array['Clearer examples', 'New services added', 'Shorter answer times',
                                              'Disclosure wording updated', 'Escalation contacts updated'],
                                        'policy-summary-' || p.n || '-' || k) end as summary,
           case when k > c.count then (current_date - 3 + time '10:00') at time zone 'Europe/Berlin'
                else p.created_at + (current_date - 30 - p.created_at::date) * interval '1 day' * (k - 1) / c.count
           end as published
    from large_policy p
    cross join lateral (select 1 + floor(pg_temp.large_random('policy-versions-' || p.n) * 4)::int as count,
                               pg_temp.large_random('policy-open-' || p.n) < 0.2 as open) as c
    cross join lateral generate_series(1, c.count + case when c.open then 1 else 0 end) as k
) as v
where not exists (select 1 from policy_versions x join large_policy y on y.id = x.policy_id)
order by v.id, v.number;

-- Acknowledgements of the published versions by the active people they apply to, two in three, within two
-- months of publication (but not in the future).
insert into policy_acknowledgements (version_id, user_id, acknowledged_at)
select v.id, u.id,
       least(v.published_at + pg_temp.large_random('ack-when-' || v.id || '-' || u.id) * interval '60 days',
             (current_date - 1 + time '12:00') at time zone 'Europe/Berlin')
from policy_versions v
join large_policy p on p.id = v.policy_id
join users u on u.active
    and (p.all_departments or u.department_id in (select department_id from policy_departments where policy_id = p.id))
where v.state = 'PUBLISHED'
  and pg_temp.large_random('ack-' || v.id || '-' || u.id) < 0.67
  and not exists (select 1 from policy_acknowledgements x join policy_versions z on z.id = x.version_id
                  join large_policy y on y.id = z.policy_id)
order by v.id, u.id
on conflict (user_id, version_id) do nothing;

analyze policies;
analyze policy_departments;
analyze policy_versions;
analyze policy_acknowledgements;
