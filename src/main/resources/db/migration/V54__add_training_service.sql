-- A training may be about one social service of the catalogue; coverage then finds departments active on a
-- service with nobody trained on it.
alter table trainings add column service_id bigint references social_services (id);

create index trainings_service_idx on trainings (service_id);
