-- The finding/measure lifecycle: returns with reasons, extension requests, close-out sign-off,
-- 回头看 results, 督办 notices and in-app notifications. Portable between PostgreSQL and H2.

-- A finding reopened by a 回头看 points at the finding that relapsed.
alter table finding add column reopened_from_id uuid references finding (id);

-- 退回: every return of a plan, a close-out application or a bulletin, with its reason.
create table review_return (
    id           uuid primary key,
    finding_id   uuid references finding (id),
    bulletin_id  uuid references bulletin (id),
    step         varchar(32) not null,
    reason       varchar(4000) not null,
    returned_by  varchar(64) not null,
    returned_at  timestamp with time zone not null
);
create index review_return_finding_idx on review_return (finding_id);
create index review_return_bulletin_idx on review_return (bulletin_id);

-- 延期申请 of a measure and the office's decision.
create table extension_request (
    id                  uuid primary key,
    measure_id          uuid not null references measure (id),
    current_deadline    date not null,
    requested_deadline  date not null,
    reason              varchar(4000) not null,
    requested_by        varchar(64) not null,
    requested_at        timestamp with time zone not null,
    status              varchar(16) not null,
    decision_reason     varchar(4000),
    decided_by          varchar(64),
    decided_at          timestamp with time zone,
    version             integer not null
);
create index extension_request_measure_idx on extension_request (measure_id);

-- 申请销号: the unit's self-check, the lead official's confirmation, the office's certification.
create table close_out_application (
    id            uuid primary key,
    finding_id    uuid not null references finding (id),
    self_check    varchar(20000) not null,
    status        varchar(16) not null,
    applied_by    varchar(64) not null,
    applied_at    timestamp with time zone not null,
    confirmed_by  varchar(64),
    confirmed_at  timestamp with time zone,
    certified_by  varchar(64),
    certified_at  timestamp with time zone,
    version       integer not null
);
create index close_out_application_finding_idx on close_out_application (finding_id);

-- 回头看: the re-check of a closed-out long-term finding.
create table follow_up_check (
    id                   uuid primary key,
    finding_id           uuid not null references finding (id),
    relapsed             boolean not null,
    note                 varchar(4000) not null,
    checked_by           varchar(64) not null,
    checked_at           timestamp with time zone not null,
    reopened_finding_id  uuid references finding (id)
);
create index follow_up_check_finding_idx on follow_up_check (finding_id);

-- 督办: a supervisor's notice on an overdue measure.
create table supervision_notice (
    id          uuid primary key,
    measure_id  uuid not null references measure (id),
    text        varchar(4000) not null,
    issued_by   varchar(64) not null,
    issued_at   timestamp with time zone not null
);
create index supervision_notice_measure_idx on supervision_notice (measure_id);

-- In-app notifications. The idempotency key (kind, subject, due day, recipient) makes a timer
-- job that runs twice notify once.
create table notification (
    id               uuid primary key,
    idempotency_key  varchar(200) not null unique,
    kind             varchar(32) not null,
    recipient        varchar(64) not null,
    measure_id       uuid references measure (id),
    finding_id       uuid references finding (id),
    message          varchar(2000) not null,
    created_at       timestamp with time zone not null,
    read_at          timestamp with time zone
);
create index notification_recipient_idx on notification (recipient, created_at);
