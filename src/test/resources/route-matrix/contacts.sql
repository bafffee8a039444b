-- Contacts for the matrix: one owned by the matrix STAFF user, one owned by nobody.
insert into contacts (kind, name, state, owner_id, created_at, created_by, updated_at, updated_by)
select 'BLOGGER', 'Matrix Owned Contact', 'ENGAGED', u.id, now(), 'test', now(), 'test'
from users u
where u.email = 'matrix-staff@test.example'
  and not exists (select 1 from contacts where name = 'Matrix Owned Contact');

insert into contacts (kind, name, state, created_at, created_by, updated_at, updated_by)
select 'JOURNALIST', 'Matrix Other Contact', 'NEUTRAL', now(), 'test', now(), 'test'
where not exists (select 1 from contacts where name = 'Matrix Other Contact');
