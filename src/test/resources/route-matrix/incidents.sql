-- Incidents for the route matrix: one engaging the staff's department, one engaging another, one resolved with a review.
insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity, status,
                       created_at, created_by, updated_at, updated_by)
select t.title, 'Matrix fixture', now() - interval '2 hours', u.id, 'COMPLAINT', 2, 2, t.status, now(), 'test', now(), 'test'
from (values ('Matrix Incident Home', 'RESPONDING'), ('Matrix Incident Other', 'RESPONDING'),
             ('Matrix Incident Resolved', 'RESOLVED')) as t (title, status)
join users u on u.email = 'matrix-lead@test.example'
where not exists (select 1 from incidents i where i.title = t.title);

insert into incident_departments (incident_id, department_id)
select i.id, d.id
from (values ('Matrix Incident Home', 'Matrix Home'), ('Matrix Incident Other', 'Matrix Other'),
             ('Matrix Incident Resolved', 'Matrix Home')) as t (title, department)
join incidents i on i.title = t.title
join departments d on d.name = t.department
on conflict do nothing;

insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body, external)
select i.id, 'NOTE', now() - interval '1 hour', now(), 'Matrix Lead', 'Matrix note', false
from incidents i
where i.title in ('Matrix Incident Home', 'Matrix Incident Resolved')
and not exists (select 1 from incident_timeline_entries e where e.incident_id = i.id);

insert into incident_reviews (incident_id, what_happened, went_well, to_change, created_at, created_by, updated_at, updated_by)
select i.id, 'It happened', 'Fast', 'Faster', now(), 'test', now(), 'test'
from incidents i where i.title = 'Matrix Incident Resolved'
on conflict (incident_id) do nothing;

-- An open follow-up owned by the matrix lead: staff and managers may not close it.
insert into incident_follow_ups (review_id, type, description, owner_id, due_on, created_at, created_by, updated_at,
                                 updated_by)
select r.id, 'ACTION', 'Matrix follow-up', u.id, current_date + 7, now(), 'test', now(), 'test'
from incident_reviews r
join incidents i on i.id = r.incident_id and i.title = 'Matrix Incident Resolved'
join users u on u.email = 'matrix-lead@test.example'
where not exists (select 1 from incident_follow_ups f where f.description = 'Matrix follow-up');

-- Evidence: a one-pixel screenshot on the home and the other incident.
insert into incident_attachments (incident_id, file_name, content_type, size_bytes, sha256, content, thumbnail,
                                  uploaded_at, uploaded_by_name)
select i.id, 'matrix.png', 'image/png', 69, repeat('0', 64),
       decode('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082', 'hex'),
       decode('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082', 'hex'),
       now(), 'Matrix Lead'
from incidents i
where i.title in ('Matrix Incident Home', 'Matrix Incident Other')
and not exists (select 1 from incident_attachments a where a.incident_id = i.id);
