-- A "training need" follow-up may name the training that meets it. The trainings table comes later (V50), so this
-- migration cannot declare the foreign key; IncidentReviewService only stores ids of existing trainings. A trainings
-- migration (V5x) may add: foreign key (training_id) references trainings (id).
alter table incident_follow_ups
    add column training_id bigint,
    add constraint incident_follow_ups_training check (type = 'TRAINING_NEED' or training_id is null);

create index incident_follow_ups_training_idx on incident_follow_ups (training_id);
