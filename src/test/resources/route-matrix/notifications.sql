-- Notifications fixtures: one notification of the matrix lead and one outbox mail to them.
insert into notifications (user_id, kind, subject, body, link, dedup_key, created_at)
select id, 'INCIDENT_REPORTED', 'New incident: Matrix', 'A new incident was reported.', '/incidents', 'matrix:note', now()
from users where email = 'matrix-lead@test.example'
on conflict do nothing;

insert into mail_outbox (user_id, recipient, kind, subject, text_body, html_body, next_attempt_at, created_at)
select id, email, 'INCIDENT_REPORTED', 'Matrix outbox mail', 'text', '<p>html</p>', now() + interval '3650 days', now()
from users u where email = 'matrix-lead@test.example'
  and not exists (select 1 from mail_outbox where subject = 'Matrix outbox mail');
