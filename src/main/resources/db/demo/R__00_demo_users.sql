-- Demo departments and users for a fictional company. Password of every demo user: smrdesk-demo
insert into departments (name, head_count, created_at, created_by, updated_at, updated_by) values
    ('Marketing', 24, now(), 'demo', now(), 'demo'),
    ('Communications', 9, now(), 'demo', now(), 'demo'),
    ('Customer Support', 41, now(), 'demo', now(), 'demo'),
    ('HR', 12, now(), 'demo', now(), 'demo'),
    ('Product', 30, now(), 'demo', now(), 'demo'),
    ('IT', 18, now(), 'demo', now(), 'demo'),
    ('Legal', 6, now(), 'demo', now(), 'demo'),
    ('Executive', 7, now(), 'demo', now(), 'demo')
on conflict (name) do nothing;

insert into users (email, display_name, department_id, role, active, password_hash, created_at, created_by, updated_at, updated_by)
select u.email, u.display_name, d.id, u.role, true, '$2a$10$Mx.a3ykGqVV2.Mg6d/GJD.1ovrDjn1xfd1v08QZeMUObkXYQrA2A.', now(), 'demo', now(), 'demo'
from (values
    ('lead@example.com', 'Robin Lead', 'Communications', 'LEAD'),
    ('manager@example.com', 'Morgan Manager', 'Executive', 'MANAGER'),
    ('marketing@example.com', 'Mika Marketing', 'Marketing', 'STAFF'),
    ('hr@example.com', 'Harper Hr', 'HR', 'STAFF'),
    ('support@example.com', 'Sasha Support', 'Customer Support', 'STAFF'),
    ('product@example.com', 'Pat Product', 'Product', 'STAFF'),
    ('it@example.com', 'Ira Tech', 'IT', 'STAFF'),
    ('legal@example.com', 'Lee Counsel', 'Legal', 'MANAGER'),
    ('press@example.com', 'Quinn Press', 'Communications', 'STAFF'),
    ('social@example.com', 'Sam Social', 'Marketing', 'STAFF'),
    ('ceo@example.com', 'Casey Chief', 'Executive', 'MANAGER'),
    ('recruiting@example.com', 'Riley Recruit', 'HR', 'STAFF')
) as u (email, display_name, department, role)
join departments d on d.name = u.department
on conflict (email) do nothing;
