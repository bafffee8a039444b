-- A user's own time zone (an IANA id such as America/New_York); null means the company zone (smr.time-zone).
alter table users add column time_zone text;
