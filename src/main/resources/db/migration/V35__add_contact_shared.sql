-- A contact marked shared is visible to every STAFF user; the others only to their owner, to the departments
-- whose activities they are linked to, and to managers and the lead.
alter table contacts add column shared boolean not null default false;
