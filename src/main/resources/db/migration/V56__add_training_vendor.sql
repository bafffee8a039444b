-- A training may be given by a vendor (a training provider), optionally naming the vendor's trainer in external_trainer.
alter table trainings add column vendor_id bigint references vendors (id);

create index trainings_vendor_idx on trainings (vendor_id);

alter table trainings drop constraint trainings_trainer_given;
alter table trainings add constraint trainings_trainer_given
    check (trainer_id is not null or vendor_id is not null or external_trainer is not null);
alter table trainings add constraint trainings_trainer_user_or_vendor
    check (trainer_id is null or vendor_id is null);
