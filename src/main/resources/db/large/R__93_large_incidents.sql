-- Large dataset, step 4: ${large-incidents} incidents of every status, each with ${large-timeline-entries}
-- timeline entries, with their groups, reviews and follow-ups (see R__90 for how these scripts work). Open
-- incidents (reported, triage, responding, monitoring: one in ten) were detected in the last three weeks; resolved
-- and reviewed ones are spread over five years. The timeline walks the status path up to the incident's status
-- (REPORTED -> TRIAGE -> RESPONDING -> MONITORING -> RESOLVED -> REVIEWED) with engagements, outside developments,
-- decisions and published responses in between; one timeline in ten ends with a correction of its previous entry.
-- Timeline entries are append-only (a trigger refuses UPDATE and DELETE), so they are only ever inserted.

-- Sorting the generated rows (for stable ids) in memory rather than on disk; for this transaction only.
set local work_mem = '64MB';

create or replace function pg_temp.large_random(seed text) returns double precision
    language sql immutable
as $$ select ('x' || substr(md5(seed), 1, 13))::bit(52)::bigint::double precision / 4503599627370496 $$;

create or replace function pg_temp.large_pick(items text[], seed text) returns text
    language sql immutable
as $$ select items[1 + floor(pg_temp.large_random(seed) * cardinality(items))::int] $$;

-- large_weighted(items, bounds, seed): one element of items, where bounds are the cumulative upper limits of all but
-- the last: large_weighted(array['a', 'b', 'c'], array[0.5, 0.8], s) is 'a' half of the time, 'b' 30 %, 'c' 20 %.
-- One draw (width_bucket finds the place), where a CASE over the same draw would compute it once per branch.
create or replace function pg_temp.large_weighted(items text[], bounds double precision[], seed text) returns text
    language sql immutable
as $$ select items[1 + width_bucket(pg_temp.large_random(seed), bounds)] $$;

-- People to pick from, numbered 1..size: every active colleague, the managers, and Communications.
create temporary table large_person on commit drop as
select u.id, u.display_name, u.department_id, u.role, d.name as department,
       row_number() over (order by u.id) as n,
       row_number() over (partition by u.role = 'MANAGER' order by u.id) as role_n,
       row_number() over (partition by d.name = 'Communications' order by u.id) as team_n
from users u join departments d on d.id = u.department_id
where u.active;
analyze large_person;

create temporary table large_service on commit drop as
select id, name, row_number() over (order by id) as n from social_services;
analyze large_service;

insert into incidents (title, summary, service_name, service_id, link, detected_at, reported_by_id, kind,
                       reported_severity, severity, status, owner_id, recommended_response, expected_reaction,
                       approved_response, approved_by_id, approved_at, actual_reaction,
                       created_at, created_by, updated_at, updated_by)
select format(case i.kind
                  when 'COMPLAINT' then 'Complaint thread about %s goes viral'
                  when 'CRITICISM' then 'Blogger criticises %s'
                  when 'MISINFORMATION' then 'False claim about %s spreads'
                  when 'EMPLOYEE_POST' then 'Employee post about %s draws attention'
                  when 'PRODUCT_PROBLEM' then 'Customers report a fault in %s'
                  when 'DATA_SECURITY' then 'Phishing messages abuse %s'
                  when 'CAMPAIGN_BACKLASH' then 'Backlash over the ad for %s'
                  else 'Unexpected attention on %s'
              end, i.subject),
       format('People on %s are talking about %s: %s shares in the first hours, and the tone is %s.', s.name, i.subject,
              100 + floor(pg_temp.large_random('incident-shares-' || i.g) * 20000)::int,
              pg_temp.large_pick(array['angry', 'mocking', 'worried', 'mixed', 'curious'], 'incident-tone-' || i.g)),
       null, s.id,
       'https://' || lower(replace(s.name, ' ', '')) || '.example/incident/' || i.g,
       i.detected_at, reporter.id, i.kind,
       greatest(1, least(4, i.severity + floor(pg_temp.large_random('incident-guess-' || i.g) * 3)::int - 1)),
       i.severity, i.path[i.step], case when i.step > 1 then owner.id end,
       case when i.step >= 3 then 'Acknowledge publicly within two hours, move details to a private channel, correct facts calmly.' end,
       case when i.step >= 3 then 'Critics calm down once they see a named person answering.' end,
       case when i.step >= 3 and i.approved then 'We are sorry. Here is what happened, what we are doing, and when we will say more.' end,
       case when i.step >= 3 and i.approved then manager.id end,
       case when i.step >= 3 and i.approved then i.detected_at + interval '3 hours' end,
       case when i.step >= 5 then pg_temp.large_pick(array['Mentions fell back to the usual level within two days.',
                                                           'The original poster thanked us publicly.',
                                                           'Some criticism continued in a forum; no press coverage.',
                                                           'Trade press covered our answer positively.'], 'incident-reaction-' || i.g) end,
       i.detected_at + interval '10 minutes', 'large', i.detected_at + i.span, 'large'
from (
    select *, array['REPORTED', 'TRIAGE', 'RESPONDING', 'MONITORING', 'RESOLVED', 'REVIEWED'] as path
    from (
        select g, step, detected_at,
               -- how long the timeline runs: until yesterday for open incidents, two to twenty days for closed ones
               case when step <= 4 then (current_date - 1 - detected_at::date) * interval '20 hours'
                    else interval '2 days' + pg_temp.large_random('incident-span-' || g) * interval '18 days' end as span,
               pg_temp.large_pick(array['COMPLAINT', 'CRITICISM', 'MISINFORMATION', 'EMPLOYEE_POST', 'PRODUCT_PROBLEM',
                                        'DATA_SECURITY', 'CAMPAIGN_BACKLASH', 'OTHER'], 'incident-kind-' || g) as kind,
               pg_temp.large_pick(array['the Aurora lamp', 'the ShieldLock bike lock', 'the travel kit', 'the baby carrier',
                                        'the smart-home bridge', 'the soap line', 'the dishwasher', 'our delivery service',
                                        'the Kestrel app', 'the loyalty programme', 'the spring campaign', 'the new logo',
                                        'the repair service', 'the warehouse', 'the price increase'], 'incident-subject-' || g) as subject,
               -- severity 1 (worst) for 5 %, 2 for 20 %, 3 for 40 %, 4 for 35 %
               1 + width_bucket(pg_temp.large_random('incident-severity-' || g), array[0.05, 0.25, 0.65]) as severity,
               pg_temp.large_random('incident-approved-' || g) < 0.85 as approved,
               1 + floor(pg_temp.large_random('incident-service-' || g) * (select count(*) from large_service))::int as service_n,
               1 + floor(pg_temp.large_random('incident-reporter-' || g) * (select count(*) from large_person))::int as reporter_n,
               1 + floor(pg_temp.large_random('incident-manager-' || g)
                         * (select count(*) from large_person where role = 'MANAGER'))::int as manager_n,
               1 + floor(pg_temp.large_random('incident-owner-' || g)
                         * (select count(*) from large_person where department = 'Communications'))::int as owner_n
        from (
            select g, step,
                   -- open incidents were detected in the last three weeks, closed ones over five years
                   case when step <= 4
                        then current_date - 2 - floor(pg_temp.large_random('incident-detected-' || g) * 19)::int
                        else current_date - 30 - floor(pg_temp.large_random('incident-detected-' || g) * 1790)::int
                   end + time '07:00' + (g % 720) * interval '1 minute' as detected_local
            from (
                select g,
                       -- position on the status path: the first six incidents take one status each, then 2 %
                       -- reported, 2 % triage, 3 % responding, 3 % monitoring, 15 % resolved, 75 % reviewed
                       case when g <= 6 then g::int
                            else 1 + width_bucket(pg_temp.large_random('incident-status-' || g),
                                                  array[0.02, 0.04, 0.07, 0.10, 0.25]) end as step
                from generate_series(1, ${large-incidents}) as g
            ) as drawn_step
        ) as status,
        lateral (select detected_local at time zone 'Europe/Berlin' as detected_at) as moment
    ) as drawn
) as i
join large_service s on s.n = i.service_n
join large_person reporter on reporter.n = i.reporter_n
join large_person manager on manager.role = 'MANAGER' and manager.role_n = i.manager_n
join large_person owner on owner.department = 'Communications' and owner.team_n = i.owner_n
where not exists (select 1 from incidents where created_by = 'large')
order by i.g;

-- The generated incidents numbered 1..size in creation order, with what the timeline needs.
create temporary table large_incident on commit drop as
select id, row_number() over (order by id) as n, detected_at, updated_at - detected_at as span, status,
       array_position(array['REPORTED', 'TRIAGE', 'RESPONDING', 'MONITORING', 'RESOLVED', 'REVIEWED'], status) as step,
       reported_severity, severity
from incidents
where created_by = 'large';
analyze large_incident;

-- One to three departments engaged, and outside parties for about a third each.
insert into incident_departments (incident_id, department_id)
select i.id, d.id
from large_incident i
cross join generate_series(1, 3) as k
join (select id, row_number() over (order by id) as n from departments) as d
    on d.n = 1 + floor(pg_temp.large_random('incident-department-' || i.n || '-' || k) * 8)::int
where k <= 1 + floor(pg_temp.large_random('incident-departments-' || i.n) * 3)::int
  and not exists (select 1 from incident_departments x join large_incident y on y.id = x.incident_id)
on conflict do nothing;

insert into incident_parties (incident_id, party)
select i.id, p.party
from large_incident i
cross join unnest(array['AGENCY', 'VENDOR', 'PRESS', 'COMMUNITY']) as p (party)
where pg_temp.large_random('incident-party-' || i.n || '-' || p.party) < 0.35
  and not exists (select 1 from incident_parties x join large_incident y on y.id = x.incident_id)
on conflict do nothing;

-- Timeline entries 1 .. (size - 1). With q = size / 5, entries 1, 1 + q, 1 + 2q, ... are the status changes up to
-- the incident's status; entry 2 records the severity change when the severity differs from the reported one.
insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_id, actor_name,
                                       department_id, party, external, channel, link, body,
                                       from_status, to_status, from_severity, to_severity)
select e.incident_id, e.type, e.occurred_at, e.occurred_at + (2 + e.k % 9) * interval '1 minute',
       p.id, p.display_name,
       case when e.type in ('ENGAGEMENT', 'DECISION', 'RESPONSE_PUBLISHED') and e.party is null
                 and pg_temp.large_random('entry-department-' || e.seed) < 0.6 then p.department_id end,
       e.party, e.party is not null or e.type = 'RESPONSE_PUBLISHED',
       case when e.party is not null or e.type = 'RESPONSE_PUBLISHED'
            then pg_temp.large_pick(array['Chirp', 'Friendface', 'Clipstream', 'phone', 'e-mail', 'website', 'forum'],
                                    'entry-channel-' || e.seed) end,
       case when e.type = 'RESPONSE_PUBLISHED' then 'https://kestrel-home.example/news/' || e.incident_id || '-' || e.k end,
       case e.type
           when 'STATUS_CHANGE' then ''
           when 'SEVERITY_CHANGE' then ''
           when 'DECISION' then pg_temp.large_pick(array['Answer publicly within the hour; no legal hedging.',
                                                         'Offer a refund to everyone affected, no receipt needed.',
                                                         'Pause the campaign until the review is done.',
                                                         'Hold the statement until the facts are checked.'], 'entry-body-' || e.seed)
           when 'RESPONSE_PUBLISHED' then pg_temp.large_pick(array['Apology and explanation posted from the brand account.',
                                                                   'Statement published on the website and linked everywhere.',
                                                                   'Pinned reply with the facts and a contact address.'], 'entry-body-' || e.seed)
           when 'EXTERNAL_DEVELOPMENT' then pg_temp.large_pick(array['A large account shared the original post.',
                                                                     'A trade reporter asked for comment.',
                                                                     'The original poster updated their post.',
                                                                     'Mentions doubled in the last hour.',
                                                                     'A forum thread collects similar stories.'], 'entry-body-' || e.seed)
           when 'ENGAGEMENT' then pg_temp.large_pick(array['Called the customer; refund and repair agreed.',
                                                           'Asked the agency to stop the paid placements.',
                                                           'Checked the claim history: the complaint is justified.',
                                                           'Briefed the support team with scripted answers.',
                                                           'Legal reviewed the draft statement; no objection.'], 'entry-body-' || e.seed)
           else pg_temp.large_pick(array['Sentiment slowly back to normal.', 'Watching the weekend closely.',
                                         'Numbers for the review collected.', 'No new mentions for a day.'], 'entry-body-' || e.seed)
       end,
       case when e.type = 'STATUS_CHANGE' then (array['REPORTED', 'TRIAGE', 'RESPONDING', 'MONITORING', 'RESOLVED'])[e.j] end,
       case when e.type = 'STATUS_CHANGE' then (array['TRIAGE', 'RESPONDING', 'MONITORING', 'RESOLVED', 'REVIEWED'])[e.j] end,
       case when e.type = 'SEVERITY_CHANGE' then e.reported_severity end,
       case when e.type = 'SEVERITY_CHANGE' then e.severity end
from (
    select t.*,
           case when t.type in ('EXTERNAL_DEVELOPMENT')
                     or (t.type = 'ENGAGEMENT' and pg_temp.large_random('entry-external-' || t.seed) < 0.3)
                then pg_temp.large_pick(array['AGENCY', 'VENDOR', 'PRESS', 'COMMUNITY'], 'entry-party-' || t.seed) end as party
    from (
        select i.id as incident_id, i.n, k, i.reported_severity, i.severity, i.n || '-' || k as seed,
               (k - 1) / (${large-timeline-entries} / 5) + 1 as j,
               i.detected_at + i.span * k / ${large-timeline-entries} as occurred_at,
               case
                   when (k - 1) % (${large-timeline-entries} / 5) = 0 and (k - 1) / (${large-timeline-entries} / 5) + 1 < i.step
                       then 'STATUS_CHANGE'
                   when k = 2 and i.severity <> i.reported_severity then 'SEVERITY_CHANGE'
                   else pg_temp.large_weighted(array['ENGAGEMENT', 'EXTERNAL_DEVELOPMENT', 'NOTE', 'DECISION',
                                                     'RESPONSE_PUBLISHED'],
                                               array[0.40, 0.65, 0.82, 0.92], 'entry-type-' || i.n || '-' || k)
               end as type,
               1 + floor(pg_temp.large_random('entry-actor-' || i.n || '-' || k) * (select count(*) from large_person))::int as actor_n
        from large_incident i
        cross join generate_series(1, ${large-timeline-entries} - 1) as k
    ) as t
) as e
join large_person p on p.n = e.actor_n
where not exists (select 1 from incident_timeline_entries x join large_incident y on y.id = x.incident_id)
order by e.n, e.k;

-- The last entry: in one timeline of ten a correction of the entry before it, otherwise a closing note.
insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_id, actor_name,
                                       external, body, corrects_entry_id)
select i.id,
       case when i.n % 10 = 0 then 'CORRECTION' else 'NOTE' end,
       i.detected_at + i.span, i.detected_at + i.span + interval '5 minutes', p.id, p.display_name, false,
       case when i.n % 10 = 0 then 'Correction: the figures in the previous entry were from the wrong day.'
            else 'Handed over to the next shift with the open questions listed.' end,
       case when i.n % 10 = 0 then (select max(x.id) from incident_timeline_entries x where x.incident_id = i.id) end
from large_incident i
join large_person p on p.n = 1 + i.n % (select count(*) from large_person)
where (select count(*) from incident_timeline_entries x where x.incident_id = i.id) = ${large-timeline-entries} - 1
order by i.n;

-- Reviews: signed off for reviewed incidents, a draft for half of the resolved ones; one or two follow-ups each.
insert into incident_reviews (incident_id, what_happened, went_well, to_change, signed_off_by_id, signed_off_at,
                              created_at, created_by, updated_at, updated_by)
select i.id,
       'What started as a few posts grew within hours; we answered with facts and a named contact.',
       pg_temp.large_pick(array['Fast first answer.', 'Legal and Communications worked from one draft.',
                                'Support had scripted answers within the hour.'], 'review-well-' || i.n),
       pg_temp.large_pick(array['Escalate earlier at night.', 'Prepare holding statements in advance.',
                                'Brief the agency on the escalation path.'], 'review-change-' || i.n),
       case when i.status = 'REVIEWED' then m.id end,
       case when i.status = 'REVIEWED' then i.detected_at + i.span end,
       i.detected_at + i.span * 0.8, 'large', i.detected_at + i.span, 'large'
from large_incident i
join large_person m on m.role = 'MANAGER' and m.role_n = 1 + i.n % (select count(*) from large_person where role = 'MANAGER')
where (i.status = 'REVIEWED' or (i.status = 'RESOLVED' and i.n % 2 = 0))
  and not exists (select 1 from incident_reviews where created_by = 'large')
order by i.n
on conflict (incident_id) do nothing;

insert into incident_follow_ups (review_id, type, description, owner_id, due_on, created_at, created_by, updated_at, updated_by)
select r.id,
       case when k = 2 then 'TRAINING_NEED' else 'ACTION' end,
       case when k = 2 then 'Refresher on the escalation path for the teams involved'
            else pg_temp.large_pick(array['Second review of any claim refused twice', 'Update the holding statements',
                                          'Add the case to the crisis simulation', 'Check the keyword alerts'],
                                    'follow-up-' || r.id) end,
       p.id, (r.created_at + interval '30 days')::date, r.created_at, 'large', r.updated_at, 'large'
from incident_reviews r
cross join generate_series(1, 2) as k
join large_person p on p.n = 1 + (r.id * 7 + k) % (select count(*) from large_person)
where r.created_by = 'large' and (k = 1 or r.id % 3 = 0)
  and not exists (select 1 from incident_follow_ups where created_by = 'large')
order by r.id, k;

-- Seal the new timeline entries into the timeline's hash chain (V48), as the application does every few seconds:
-- the generated history looks like one the application wrote, and the first minutes after start-up do not go into
-- sealing 100,000 rows. Does nothing when every entry is sealed already.
select seal_incident_timeline();

analyze incidents;
analyze incident_departments;
analyze incident_parties;
analyze incident_timeline_entries;
analyze incident_reviews;
analyze incident_follow_ups;
