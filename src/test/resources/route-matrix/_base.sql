-- The matrix users: STAFF of "Matrix Home" (the "own" department), a MANAGER and a LEAD. Password: matrix-password-1
insert into departments (name, head_count, created_at, created_by, updated_at, updated_by) values
    ('Matrix Home', 10, now(), 'test', now(), 'test'),
    ('Matrix Other', 10, now(), 'test', now(), 'test')
on conflict (name) do nothing;

insert into users (email, display_name, department_id, role, active, password_hash, created_at, created_by, updated_at, updated_by)
select u.email, u.name, d.id, u.role, true, '$2a$10$Mx.a3ykGqVV2.Mg6d/GJD.1ovrDjn1xfd1v08QZeMUObkXYQrA2A.', now(), 'test', now(), 'test'
from (values
    ('matrix-staff@test.example', 'Matrix Staff', 'Matrix Home', 'STAFF'),
    ('matrix-other-staff@test.example', 'Matrix Other Staff', 'Matrix Other', 'STAFF'),
    ('matrix-manager@test.example', 'Matrix Manager', 'Matrix Other', 'MANAGER'),
    ('matrix-lead@test.example', 'Matrix Lead', 'Matrix Home', 'LEAD')
) as u (email, name, department, role)
join departments d on d.name = u.department
on conflict (email) do nothing;
