-- Deadline calendar fixtures: a feed of matrix-other-staff whose secret the matrix knows (only its SHA-256 is stored).
insert into calendar_feeds (user_id, token_hash, token_prefix, created_at)
select id, encode(sha256(convert_to('cal_matrix-deadline-feed-secret-0123456789abcdef', 'UTF8')), 'hex'), 'cal_matr', now()
from users where email = 'matrix-other-staff@test.example'
on conflict (user_id) do update set token_hash = excluded.token_hash;
