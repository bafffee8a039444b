-- Demo trainings for the fictional company: six courses with a past session (with attendance) and an upcoming one
-- (with enrolments). Outside trainers and their firms are fictional. Re-runnable.
insert into trainings (title, description, topic_kind, topic, format, trainer_id, external_trainer, materials, required,
                       created_at, created_by, updated_at, updated_by)
select v.title, v.description, v.topic_kind, v.topic, v.format, u.id, v.external_trainer, v.materials, v.required,
       now(), 'demo', now(), 'demo'
from (values
    ('Social media basics for HR',
     'How candidates and employees use social networks, what recruiters may and may not look at, and how to answer reviews of us as an employer.',
     'CULTURE', 'Recruiting and the employer brand', 'WORKSHOP', 'lead@example.com', null,
     'https://intranet.example.com/smr/hr-basics-slides' || chr(10) || 'https://intranet.example.com/smr/employer-reviews-checklist', true),
    ('The blogging policy explained',
     'What the blogging policy asks of everyone who writes about the company or its products, with examples of good and bad posts.',
     'POLICY', 'Writing about the company', 'WEBINAR', 'lead@example.com', null,
     'https://intranet.example.com/smr/blogging-policy', true),
    ('Crisis simulation for Communications',
     'A half-day simulation: a product complaint goes viral overnight. Teams triage, consult, respond and review against the clock.',
     'CULTURE', 'Crisis communications', 'SIMULATION', null, 'Dana Okafor (Stillwater Crisis Partners)',
     'https://intranet.example.com/smr/crisis-playbook', true),
    ('Monitoring tools for Customer Support',
     'Hands-on with the listening dashboard: saved searches, routing mentions to the right queue, and when to escalate.',
     'TECHNOLOGY', 'Listening dashboard', 'WORKSHOP', null, 'Lio Brandt (Brightlane Monitoring)',
     'https://help.brightlane.example/getting-started', false),
    ('Podcasting for Product',
     'Planning, recording and publishing a product podcast episode, from microphone to show notes.',
     'TECHNOLOGY', 'Podcasts', 'WORKSHOP', null, 'Sol Marin (Echo Room Studios)', null, false),
    ('Disclosure and ethics for Marketing',
     'When and how to disclose a relationship: sponsored posts, gifted products, affiliate links and employee advocacy.',
     'POLICY', 'Disclosure and engagement ethics', 'E_LEARNING', 'legal@example.com', null,
     'https://intranet.example.com/smr/disclosure-course', true)
) as v (title, description, topic_kind, topic, format, trainer_email, external_trainer, materials, required)
left join users u on u.email = v.trainer_email
where not exists (select 1 from trainings t where t.title = v.title);

insert into training_audiences (training_id, department_id)
select t.id, d.id
from (values
    ('Social media basics for HR', 'HR'),
    ('The blogging policy explained', 'Marketing'),
    ('The blogging policy explained', 'Communications'),
    ('The blogging policy explained', 'Customer Support'),
    ('The blogging policy explained', 'HR'),
    ('The blogging policy explained', 'Product'),
    ('The blogging policy explained', 'IT'),
    ('The blogging policy explained', 'Legal'),
    ('The blogging policy explained', 'Executive'),
    ('Crisis simulation for Communications', 'Communications'),
    ('Crisis simulation for Communications', 'Executive'),
    ('Monitoring tools for Customer Support', 'Customer Support'),
    ('Podcasting for Product', 'Product'),
    ('Disclosure and ethics for Marketing', 'Marketing')
) as v (title, department)
join trainings t on t.title = v.title
join departments d on d.name = v.department
on conflict do nothing;

-- Sessions: start times on the hour in Central European time, relative to today.
insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
                               created_at, created_by, updated_at, updated_by)
select t.id, ((current_date + v.day_offset) + v.start_time) at time zone 'Europe/Berlin', v.minutes, v.location, v.capacity,
       now(), 'demo', now(), 'demo'
from (values
    ('Social media basics for HR', -40, time '10:00', 120, 'Room Lindenhof, 3rd floor', 12),
    ('Social media basics for HR', 12, time '10:00', 120, 'Room Lindenhof, 3rd floor', 12),
    ('The blogging policy explained', -25, time '14:00', 60, 'https://meet.example.com/smr-blogging-policy', 80),
    ('The blogging policy explained', 9, time '14:00', 60, 'https://meet.example.com/smr-blogging-policy', 80),
    ('Crisis simulation for Communications', -60, time '09:00', 240, 'Board room', 8),
    ('Crisis simulation for Communications', 20, time '09:00', 240, 'Board room', 3),
    ('Monitoring tools for Customer Support', -15, time '13:00', 90, 'Support floor training corner', 15),
    ('Monitoring tools for Customer Support', 30, time '13:00', 90, 'https://meet.example.com/brightlane-training', 15),
    ('Podcasting for Product', -8, time '15:00', 180, 'Studio B', 6),
    ('Podcasting for Product', 5, time '15:00', 180, 'Studio B', 6),
    ('Disclosure and ethics for Marketing', -30, time '11:00', 45, 'https://learn.example.com/disclosure', 40),
    ('Disclosure and ethics for Marketing', 3, time '11:00', 45, 'https://learn.example.com/disclosure', 40)
) as v (title, day_offset, start_time, minutes, location, capacity)
join trainings t on t.title = v.title
where not exists (
    select 1 from training_sessions s where s.training_id = t.id and (s.starts_at < now()) = (v.day_offset < 0));

-- Enrolments: attendance in past sessions, places (and one waiting list) in upcoming ones.
insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at,
                                 created_at, created_by, updated_at, updated_by)
select s.id, u.id, v.status, v.attendance, s.starts_at - interval '14 days' + v.ord * interval '1 hour',
       now(), 'demo', now(), 'demo'
from (values
    ('Social media basics for HR', true, 'hr@example.com', 'ENROLLED', 'ATTENDED', 1),
    ('Social media basics for HR', true, 'recruiting@example.com', 'ENROLLED', 'NO_SHOW', 2),
    ('Social media basics for HR', false, 'recruiting@example.com', 'ENROLLED', 'REGISTERED', 1),
    ('The blogging policy explained', true, 'marketing@example.com', 'ENROLLED', 'ATTENDED', 1),
    ('The blogging policy explained', true, 'support@example.com', 'ENROLLED', 'ATTENDED', 2),
    ('The blogging policy explained', true, 'product@example.com', 'ENROLLED', 'ATTENDED', 3),
    ('The blogging policy explained', true, 'it@example.com', 'ENROLLED', 'NO_SHOW', 4),
    ('The blogging policy explained', true, 'press@example.com', 'ENROLLED', 'ATTENDED', 5),
    ('The blogging policy explained', false, 'social@example.com', 'ENROLLED', 'REGISTERED', 1),
    ('The blogging policy explained', false, 'it@example.com', 'ENROLLED', 'REGISTERED', 2),
    ('The blogging policy explained', false, 'hr@example.com', 'ENROLLED', 'REGISTERED', 3),
    ('Crisis simulation for Communications', true, 'press@example.com', 'ENROLLED', 'ATTENDED', 1),
    ('Crisis simulation for Communications', true, 'ceo@example.com', 'ENROLLED', 'ATTENDED', 2),
    ('Crisis simulation for Communications', true, 'manager@example.com', 'ENROLLED', 'ATTENDED', 3),
    ('Crisis simulation for Communications', false, 'press@example.com', 'ENROLLED', 'REGISTERED', 1),
    ('Crisis simulation for Communications', false, 'lead@example.com', 'ENROLLED', 'REGISTERED', 2),
    ('Crisis simulation for Communications', false, 'ceo@example.com', 'ENROLLED', 'REGISTERED', 3),
    ('Crisis simulation for Communications', false, 'manager@example.com', 'WAITLISTED', 'REGISTERED', 4),
    ('Monitoring tools for Customer Support', true, 'support@example.com', 'ENROLLED', 'ATTENDED', 1),
    ('Podcasting for Product', true, 'product@example.com', 'ENROLLED', 'ATTENDED', 1),
    ('Podcasting for Product', false, 'marketing@example.com', 'ENROLLED', 'REGISTERED', 1),
    ('Disclosure and ethics for Marketing', true, 'marketing@example.com', 'ENROLLED', 'ATTENDED', 1),
    ('Disclosure and ethics for Marketing', true, 'social@example.com', 'ENROLLED', 'NO_SHOW', 2),
    ('Disclosure and ethics for Marketing', false, 'social@example.com', 'ENROLLED', 'REGISTERED', 1)
) as v (title, past, email, status, attendance, ord)
join trainings t on t.title = v.title
join training_sessions s on s.training_id = t.id and (s.starts_at < now()) = v.past
join users u on u.email = v.email
on conflict (session_id, user_id) do nothing;

-- Where the catalogue has services (awareness demo data), tie trainings to a service (by name, else the first of a
-- kind), so the gap list has something to compare with the activity log. Does nothing when the catalogue is empty.
update trainings t set service_id = coalesce(
    (select s.id from social_services s where s.name = v.service_name),
    (select s.id from social_services s where s.kind = v.kind order by s.name limit 1))
from (values
    ('Podcasting for Product', 'Podnest', 'PODCAST'),
    ('Social media basics for HR', 'Linkup', 'SOCIAL_NETWORK'),
    ('The blogging policy explained', 'Inkwell', 'BLOG'),
    ('Crisis simulation for Communications', 'Chirp', 'MICROBLOG')
) as v (title, service_name, kind)
where t.title = v.title and t.service_id is null;

-- The policy trainings explain their policy (by title, else the first of a kind), where the policies demo data has it.
update trainings t set policy_id = coalesce(
    (select p.id from policies p where p.title = v.policy_title),
    (select p.id from policies p where p.kind = v.kind order by p.title limit 1))
from (values
    ('The blogging policy explained', 'Blogging policy', 'BLOGGING'),
    ('Disclosure and ethics for Marketing', 'Engagement guidelines and disclosure', 'DISCLOSURE'),
    ('Crisis simulation for Communications', 'Crisis communications policy', 'CRISIS')
) as v (title, policy_title, kind)
where t.title = v.title and t.policy_id is null;

-- Trainings given by a vendor, where the contacts demo data has it: the vendor, and its trainer by name.
update trainings t set vendor_id = vd.id, external_trainer = v.trainer_name
from (values
    ('Monitoring tools for Customer Support', 'Listening Post Monitoring', 'Lio Brandt'),
    ('Crisis simulation for Communications', 'Quayle & Wren PR', 'Dana Okafor')
) as v (title, vendor_name, trainer_name)
join vendors vd on vd.name = v.vendor_name
where t.title = v.title and t.vendor_id is null and t.trainer_id is null;
