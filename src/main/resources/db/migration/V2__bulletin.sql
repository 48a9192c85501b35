-- 通报: editions drafted, approved and published per inspection.
create table bulletin (
    id             uuid primary key,
    inspection_id  uuid not null references inspection (id),
    kind           varchar(16) not null,
    status         varchar(32) not null,
    narrative      varchar(100000) not null,
    return_reason  varchar(4000),
    drafted_by     varchar(64) not null,
    approved_by    varchar(64),
    approved_at    timestamp with time zone,
    published_by   varchar(64),
    published_at   timestamp with time zone,
    created_at     timestamp with time zone not null,
    version        integer not null
);
create index bulletin_inspection_idx on bulletin (inspection_id);
