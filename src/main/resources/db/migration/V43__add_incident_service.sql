-- Where an incident started, as a reference to the services catalogue (the free-text name stays for services not
-- in the catalogue, and for incidents opened by other tools).
alter table incidents add column service_id bigint references social_services (id);

create index incidents_service_idx on incidents (service_id);
