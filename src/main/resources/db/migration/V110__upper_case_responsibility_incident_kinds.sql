-- Incident kinds are stored one way: the names of IncidentKind, as incidents.kind stores them.
-- responsibilities.incident_kind had the same kinds in lower case.
alter table responsibilities drop constraint responsibilities_incident_kind_check;
update responsibilities set incident_kind = upper(incident_kind) where incident_kind is not null;
alter table responsibilities add constraint responsibilities_incident_kind_check
    check (incident_kind in ('COMPLAINT', 'CRITICISM', 'MISINFORMATION', 'EMPLOYEE_POST', 'PRODUCT_PROBLEM',
                             'DATA_SECURITY', 'CAMPAIGN_BACKLASH', 'OTHER'));
