-- The incident list's search covers the timeline's text: PostgreSQL full-text search on the entries' bodies
-- (English stemming: "apologised" finds "apologise"), through a GIN index on the same expression the query uses
-- (incident.TimelineTextFunctions).
create index incident_timeline_body_text_idx on incident_timeline_entries using gin (to_tsvector('english', body));
