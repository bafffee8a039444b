-- A migration of a newer SMR Desk than this one (UpgradeTests): this version must refuse the database.
create table newer_version_feature (id bigint primary key);
