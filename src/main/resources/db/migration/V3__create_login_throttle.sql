-- Failed sign-ins per account, shared by every node.
create table login_throttle (
    username      text        primary key,
    failures      integer     not null,
    first_failure timestamptz not null,
    locked_until  timestamptz
);
