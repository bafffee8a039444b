-- The trainings calendar feed's secret was kept in plain text (V53). From now on only its SHA-256 is stored, as for the
-- deadline feed (V83), and the address is shown once, when made. The old secrets lay readable in the database and its
-- backups, so they are not carried over: their addresses stop working, and "My trainings" tells their owners so
-- (retired_at) until they make a new one.
alter table training_feed_tokens add column token_hash text;
alter table training_feed_tokens add column token_prefix text;
alter table training_feed_tokens add column retired_at timestamptz;
update training_feed_tokens set retired_at = now();
alter table training_feed_tokens drop constraint training_feed_tokens_token_unique;
alter table training_feed_tokens drop column token;
alter table training_feed_tokens add constraint training_feed_tokens_token_hash_unique unique (token_hash);
alter table training_feed_tokens add constraint training_feed_tokens_hash_or_retired
    check ((token_hash is not null and token_prefix is not null) or retired_at is not null);
