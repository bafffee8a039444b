-- An engagement made in public or directly to the people concerned counts as the company speaking to the outside
-- (the first response milestone), as a published response does. Existing engagements stay internal replies.
alter table incident_timeline_entries add column public_reply boolean not null default false;
alter table incident_timeline_entries
    add constraint incident_timeline_public_reply check (not public_reply or type = 'ENGAGEMENT');
