-- The foreign key V72 could not have: mail_outbox_attachments (the goals' and reports' range) runs before V80 creates
-- mail_outbox on a new database, so its mail_id was written without one. Here, after V80 (a sub-version of the
-- notifications' range, whose last number is V85), every attachment must belong to a mail. Outbox mails are never
-- deleted, and attachments are append-only, so no cascade. mail_id is indexed already
-- (mail_outbox_attachments_mail_idx).
alter table mail_outbox_attachments
    add constraint mail_outbox_attachments_mail_id_fkey foreign key (mail_id) references mail_outbox (id);
