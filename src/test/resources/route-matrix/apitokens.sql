-- API token fixtures: one token of the matrix lead (its hash only; nobody knows the token).
insert into api_tokens (user_id, name, token_hash, token_prefix, scope, expires_at, created_at)
select id, 'Matrix token', repeat('ab', 32), 'smr_matr', 'READ', now() + interval '3650 days', now()
from users where email = 'matrix-lead@test.example'
on conflict (token_hash) do nothing;
