-- Demo notifications: a few choices per person, the lead's and the support desk's bell, and an outbox with mail
-- queued (no SMTP server in the demo), sent and failed.
insert into notification_preferences (user_id, kind, delivery)
select u.id, v.kind, v.delivery
from (values
    ('lead@example.com', 'SPIKE_ALERT', 'INSTANT'),
    ('lead@example.com', 'POLICY_REVIEW_DUE', 'DIGEST'),
    ('lead@example.com', 'VENDOR_NOTICE_DUE', 'DIGEST'),
    ('manager@example.com', 'INCIDENT_REPORTED', 'DIGEST'),
    ('manager@example.com', 'TRAINING_TOMORROW', 'OFF'),
    ('support@example.com', 'ACKNOWLEDGEMENT_REQUESTED', 'DIGEST'),
    ('press@example.com', 'TRAINING_TOMORROW', 'OFF')
) as v (email, kind, delivery)
join users u on u.email = v.email
on conflict (user_id, kind) do nothing;

insert into notifications (user_id, kind, subject, body, link, dedup_key, created_at, read_at)
select u.id, v.kind, v.subject, v.body,
       case when v.incident is not null then '/incidents/' || i.id else v.link end,
       v.dedup, now() - v.ago::interval, case when v.read then now() - v.ago::interval + interval '20 minutes' end
from (values
    ('lead@example.com', 'INCIDENT_REPORTED', 'New incident: Logo redesign backlash',
     'A new incident was reported: "Logo redesign backlash". Triage it in SMR Desk.', 'Logo redesign backlash', null,
     'demo:lead:1', '3 hours', false),
    ('lead@example.com', 'SPIKE_ALERT', 'Spike of mentions: Kestrel Hell',
     'Monitoring counted 41 mentions today for "Kestrel Hell", far above the usual.', null, '/monitoring',
     'demo:lead:2', '5 hours', false),
    ('lead@example.com', 'VENDOR_NOTICE_DUE', 'Vendor notice deadline in 14 days: Brightline Media',
     'The contract with Brightline Media renews soon; give notice in 14 days at the latest to end or renegotiate it.',
     null, '/vendors', 'demo:lead:3', '1 day', true),
    ('lead@example.com', 'REVIEW_WAITING', 'Review waiting for sign-off: Logo redesign backlash',
     'The review of the incident "Logo redesign backlash" is written and waits for a manager''s sign-off.',
     'Logo redesign backlash', null, 'demo:lead:4', '2 days', true),
    ('support@example.com', 'INCIDENT_ASSIGNED', 'Assigned to you: "Kestrel Hell" blog campaign about customer service',
     'The incident ""Kestrel Hell" blog campaign about customer service" is now yours.',
     '"Kestrel Hell" blog campaign about customer service', null, 'demo:support:1', '4 hours', false),
    ('support@example.com', 'TRAINING_TOMORROW', 'Training tomorrow: Handling angry customers online',
     'Your training session starts tomorrow morning.', null, '/trainings/mine', 'demo:support:2', '20 hours', false),
    ('manager@example.com', 'REVIEW_WAITING', 'Review waiting for sign-off: Logo redesign backlash',
     'The review of the incident "Logo redesign backlash" is written and waits for a manager''s sign-off.',
     'Logo redesign backlash', null, 'demo:manager:1', '2 days', false)
) as v (email, kind, subject, body, incident, link, dedup, ago, read)
join users u on u.email = v.email
left join incidents i on i.title = v.incident
on conflict do nothing;

insert into mail_outbox (user_id, recipient, kind, subject, text_body, html_body, unsubscribe_url, status, attempts,
                         next_attempt_at, last_error, created_at, sent_at)
select u.id, u.email, v.kind, v.subject,
       'Hello ' || u.display_name || ',' || chr(10) || chr(10) || v.subject || chr(10) || v.body,
       '<p>Hello ' || u.display_name || ',</p><h2>' || v.subject || '</h2><p>' || v.body || '</p>',
       null, v.status, v.attempts, now() - v.ago::interval + v.next::interval, v.error, now() - v.ago::interval,
       case when v.status = 'SENT' then now() - v.ago::interval + interval '30 seconds' end
from (values
    ('lead@example.com', 'INCIDENT_REPORTED', 'New incident: Logo redesign backlash',
     'A new incident was reported.', 'QUEUED', 0, '3 hours', '0 minutes', null),
    ('support@example.com', 'INCIDENT_ASSIGNED', 'Assigned to you: "Kestrel Hell" blog campaign about customer service',
     'The incident is now yours.', 'SENT', 1, '2 days', '0 minutes', null),
    ('press@example.com', 'ACKNOWLEDGEMENT_REQUESTED', 'Please acknowledge: Social media guidelines',
     'A new version of the policy was published.', 'QUEUED', 3, '40 minutes', '48 minutes',
     'Mail server connection failed: Connection refused (smtp.example.com:587)'),
    ('legal@example.com', 'POLICY_REVIEW_DUE', 'Policy review due: Crisis communication handbook',
     'The policy you own is due for review.', 'FAILED', 1, '3 days', '1 minute',
     '550 5.1.1 <legal@example.com>: Recipient address rejected: User unknown in virtual mailbox table')
) as v (email, kind, subject, body, status, attempts, ago, next, error)
join users u on u.email = v.email
where not exists (select 1 from mail_outbox m where m.subject = v.subject and m.recipient = u.email);
