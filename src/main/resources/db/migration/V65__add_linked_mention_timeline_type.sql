-- A mention escalated into an incident becomes a timeline entry of its own type.
alter table incident_timeline_entries drop constraint incident_timeline_entries_type_check;
alter table incident_timeline_entries add constraint incident_timeline_entries_type_check
    check (type in ('STATUS_CHANGE', 'SEVERITY_CHANGE', 'DECISION', 'RESPONSE_PUBLISHED', 'EXTERNAL_DEVELOPMENT',
                    'ENGAGEMENT', 'NOTE', 'CORRECTION', 'LINKED_MENTION'));
