-- Awareness fixtures: a service, an account and an activity of the matrix staff's own department ("Matrix Home")
-- and of another ("Matrix Other"), and one responsibility.
insert into social_services (name, kind, it_status, assessment, created_at, created_by, updated_at, updated_by)
values ('Matrix Service', 'BLOG', 'APPROVED', 'ADOPTED', now(), 'test', now(), 'test')
on conflict (name) do nothing;

insert into accounts (service_id, handle, department_id, owner_id, status, created_at, created_by, updated_at, updated_by)
select s.id, a.handle, d.id, u.id, 'ACTIVE', now(), 'test', now(), 'test'
from (values ('@matrix-home', 'Matrix Home', 'matrix-staff@test.example'),
             ('@matrix-other', 'Matrix Other', 'matrix-other-staff@test.example')) as a (handle, department, owner)
join social_services s on s.name = 'Matrix Service'
join departments d on d.name = a.department
join users u on u.email = a.owner
on conflict (service_id, handle) do nothing;

insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
                        created_at, created_by, updated_at, updated_by)
select d.id, s.id, 'POST', a.title, current_date, u.id, 'DONE', now(), 'test', now(), 'test'
from (values ('Matrix home activity', 'Matrix Home', 'matrix-staff@test.example'),
             ('Matrix other activity', 'Matrix Other', 'matrix-other-staff@test.example')) as a (title, department, owner)
join social_services s on s.name = 'Matrix Service'
join departments d on d.name = a.department
join users u on u.email = a.owner
where not exists (select 1 from activities x where x.title = a.title);

insert into responsibilities (name, incident_kind, position, created_at, created_by, updated_at, updated_by)
values ('Matrix responsibility', 'COMPLAINT', 1, now(), 'test', now(), 'test')
on conflict (name) do nothing;

-- One the JSON API's lead row deletes.
insert into responsibilities (name, incident_kind, position, created_at, created_by, updated_at, updated_by)
values ('Matrix responsibility for the API', null, 2, now(), 'test', now(), 'test')
on conflict (name) do nothing;
