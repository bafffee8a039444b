-- Webhook fixtures: one webhook (to an address nothing listens on) with one delivery.
insert into webhooks (name, url, events, format, secret, created_at, created_by, updated_at, updated_by)
select 'Matrix Hook', 'http://127.0.0.1:9/hook', 'INCIDENT_OPENED', 'JSON', 'whsec_matrix', now(), 'test', now(), 'test'
where not exists (select 1 from webhooks where name = 'Matrix Hook');
