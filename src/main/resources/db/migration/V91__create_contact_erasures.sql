-- The erasure ledger: which contacts were erased and when, nothing personal. Re-applied at every start
-- (contact.ErasureLedger), together with its copy outside the database (smr.privacy.erasure-ledger), so that restoring
-- a backup taken before an erasure does not bring the person back. No foreign key: an entry outlives its row.
create table contact_erasures (
    contact_id         bigint      not null primary key,
    contact_created_at timestamptz not null,
    erased_at          timestamptz not null
);

-- erasures done before the ledger existed
insert into contact_erasures (contact_id, contact_created_at, erased_at)
select id, created_at, erased_at from contacts where erased_at is not null;
