-- Trainings for the route matrix: one training run by matrix-other-staff (the trainer), a future session with
-- matrix-staff enrolled, a past session with matrix-staff enrolled, and a calendar feed token of matrix-staff.
insert into trainings (title, topic_kind, format, trainer_id, required, created_at, created_by, updated_at, updated_by)
select 'Matrix Training', 'CULTURE', 'WORKSHOP', u.id, true, now(), 'test', now(), 'test'
from users u where u.email = 'matrix-other-staff@test.example'
and not exists (select 1 from trainings where title = 'Matrix Training');

insert into training_audiences (training_id, department_id)
select t.id, d.id from trainings t, departments d where t.title = 'Matrix Training' and d.name = 'Matrix Home'
on conflict do nothing;

insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity, created_at, created_by, updated_at, updated_by)
select t.id, s.starts_at, 60, s.location, 10, now(), 'test', now(), 'test'
from trainings t, (values (now() + interval '30 days', 'Matrix Future Room'), (now() - interval '30 days', 'Matrix Past Room')) as s (starts_at, location)
where t.title = 'Matrix Training'
and not exists (select 1 from training_sessions x where x.location = s.location);

insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at, created_at, created_by, updated_at, updated_by)
select s.id, u.id, 'ENROLLED', 'REGISTERED', now(), now(), 'test', now(), 'test'
from training_sessions s, users u
where s.location in ('Matrix Future Room', 'Matrix Past Room') and u.email = 'matrix-staff@test.example'
on conflict do nothing;

-- A trainings feed of matrix-other-staff (whom the matrix never signs in as, so no row replaces it): only the secret's
-- SHA-256 is stored (V85).
insert into training_feed_tokens (user_id, token_hash, token_prefix, created_at, created_by, updated_at, updated_by)
select u.id, encode(sha256(convert_to('trn_matrix-training-feed-secret-0123456789abcdef', 'UTF8')), 'hex'), 'trn_matr',
       now(), 'test', now(), 'test'
from users u where u.email = 'matrix-other-staff@test.example'
on conflict do nothing;
