-- ShedLock: a scheduled job (monitoring polls, later the e-mail outbox and reminders) runs on one node at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
