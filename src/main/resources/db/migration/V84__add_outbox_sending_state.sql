-- A mail is marked SENDING (with the moment) and committed before it is handed to the SMTP server, so a crash after
-- the server accepted it cannot send it again: a row left SENDING is failed with the reason, for the lead to check.
alter table mail_outbox drop constraint mail_outbox_status_check;
alter table mail_outbox add constraint mail_outbox_status_check
    check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED'));
alter table mail_outbox add column claimed_at timestamptz;
create index mail_outbox_sending_idx on mail_outbox (claimed_at) where status = 'SENDING';
