-- 审计日志: who did what to which record, when, with the record before and after (JSON).
create table audit_entry (
    id            uuid primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(64) not null,
    action        varchar(64) not null,
    subject_type  varchar(64) not null,
    subject_id    varchar(64) not null,
    summary       varchar(500),
    before_json   varchar(100000),
    after_json    varchar(100000),
    request_id    varchar(64)
);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);
create index audit_entry_time_idx on audit_entry (occurred_at);
