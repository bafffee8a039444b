-- Contacts linked to activities (a blogger's article, an event they attended), and what vendors support:
-- services of the catalogue, official accounts, activities. Deleting the other side removes the link.
create table activity_contacts (
    activity_id bigint not null references activities (id) on delete cascade,
    contact_id  bigint not null references contacts (id) on delete cascade,
    primary key (activity_id, contact_id)
);

create index activity_contacts_contact_idx on activity_contacts (contact_id);

create table vendor_services (
    vendor_id  bigint not null references vendors (id) on delete cascade,
    service_id bigint not null references social_services (id) on delete cascade,
    primary key (vendor_id, service_id)
);

create index vendor_services_service_idx on vendor_services (service_id);

create table vendor_accounts (
    vendor_id  bigint not null references vendors (id) on delete cascade,
    account_id bigint not null references accounts (id) on delete cascade,
    primary key (vendor_id, account_id)
);

create index vendor_accounts_account_idx on vendor_accounts (account_id);

create table vendor_activities (
    vendor_id   bigint not null references vendors (id) on delete cascade,
    activity_id bigint not null references activities (id) on delete cascade,
    primary key (vendor_id, activity_id)
);

create index vendor_activities_activity_idx on vendor_activities (activity_id);
