-- 导入的通报: a published bulletin an inspection was registered from, frozen beside it (the
-- document as uploaded and its text), and the text printed under each imported finding.
create table imported_bulletin (
    id              uuid primary key,
    inspection_id   uuid not null unique references inspection (id),
    file_name       varchar(300),
    title           varchar(1000) not null,
    original        bytea not null,
    text_content    varchar(1000000) not null,
    text_sha256     varchar(64) not null,
    imported_by     varchar(64) not null,
    imported_at     timestamp with time zone not null
);

create table imported_finding_text (
    id          uuid primary key,
    finding_id  uuid not null references finding (id),
    position    integer not null,
    label       varchar(100),
    body        varchar(100000) not null,
    unique (finding_id, position)
);
