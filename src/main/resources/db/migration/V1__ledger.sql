-- 整改台账: the rectification ledger. Portable between PostgreSQL and H2 (PostgreSQL in production).
-- Camunda keeps its own ACT_* tables in the default schema; these live in the "rectify" schema.

create table unit (
    id          uuid primary key,
    code        varchar(64)  not null unique,
    name        varchar(200) not null,
    short_name  varchar(100),
    created_at  timestamp with time zone not null
);

create table official (
    id            uuid primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(100) not null,
    title         varchar(200),
    role          varchar(32)  not null,
    unit_id       uuid references unit (id),
    email         varchar(200),
    created_at    timestamp with time zone not null
);

create table inspection (
    id                            uuid primary key,
    level                         varchar(16)  not null,
    type                          varchar(16)  not null,
    round_label                   varchar(200),
    special_topic                 varchar(200),
    inspecting_body               varchar(200) not null,
    inspection_team               varchar(200) not null,
    inspected_organization        varchar(200) not null,
    inspected_organization_short  varchar(100),
    on_site_start                 date,
    on_site_end                   date,
    feedback_date                 date not null,
    created_by                    varchar(64)  not null,
    created_at                    timestamp with time zone not null
);

create table track (
    id             uuid primary key,
    inspection_id  uuid not null references inspection (id),
    ordinal        integer not null,
    name           varchar(200) not null,
    unique (inspection_id, ordinal)
);

create table feedback (
    id             uuid primary key,
    inspection_id  uuid not null unique references inspection (id),
    summary        varchar(20000)
);

create table aspect (
    id           uuid primary key,
    feedback_id  uuid not null references feedback (id),
    track_id     uuid references track (id),
    ordinal      integer not null,
    heading      varchar(1000) not null,
    unique (feedback_id, ordinal)
);

create table suggestion (
    id           uuid primary key,
    feedback_id  uuid not null references feedback (id),
    ordinal      integer not null,
    text         varchar(4000) not null,
    unique (feedback_id, ordinal)
);

create table finding (
    id                      uuid primary key,
    aspect_id               uuid not null references aspect (id),
    parent_id               uuid references finding (id),
    ordinal                 integer not null,
    code                    varchar(32) not null,
    text                    varchar(4000) not null,
    detail                  varchar(20000),
    source                  varchar(32) not null,
    status                  varchar(32) not null,
    lead_official_id        uuid references official (id),
    responsible_unit_id     uuid references unit (id),
    publicly_disclosed      boolean not null,
    nondisclosure_reason    varchar(1000),
    version                 integer not null
);
create index finding_aspect_idx on finding (aspect_id);
create index finding_unit_idx on finding (responsible_unit_id);

create table measure (
    id                  uuid primary key,
    finding_id          uuid not null references finding (id),
    ordinal             integer not null,
    text                varchar(4000) not null,
    lead_official_id    uuid references official (id),
    responsible_person  varchar(100),
    deadline            date not null,
    term                varchar(16) not null,
    status              varchar(32) not null,
    overdue             boolean not null,
    completed_on        date,
    version             integer not null
);
create index measure_finding_idx on measure (finding_id);
create index measure_deadline_idx on measure (deadline);

create table measure_unit (
    measure_id  uuid not null references measure (id),
    unit_id     uuid not null references unit (id),
    primary key (measure_id, unit_id)
);

create table progress_note (
    id          uuid primary key,
    measure_id  uuid not null references measure (id),
    text        varchar(20000) not null,
    author      varchar(64) not null,
    created_at  timestamp with time zone not null
);
create index progress_note_measure_idx on progress_note (measure_id);

create table evidence (
    id            uuid primary key,
    measure_id    uuid not null references measure (id),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    uploaded_by   varchar(64) not null,
    uploaded_at   timestamp with time zone not null
);
create index evidence_measure_idx on evidence (measure_id);

-- Kept apart from the metadata so that listing evidence never loads file contents.
create table evidence_content (
    evidence_id  uuid primary key references evidence (id),
    content      bytea not null
);

create table institution_change (
    id               uuid primary key,
    measure_id       uuid not null references measure (id),
    action           varchar(16) not null,
    title            varchar(500) not null,
    document_number  varchar(200),
    issued_on        date
);

create table money_recovery (
    id          uuid primary key,
    measure_id  uuid not null references measure (id),
    kind        varchar(32) not null,
    amount      numeric(18, 2) not null,
    note        varchar(1000)
);

create table handover (
    id             uuid primary key,
    inspection_id  uuid not null references inspection (id),
    kind           varchar(32) not null,
    ordinal        integer not null,
    title          varchar(2000) not null,
    status         varchar(32) not null,
    result         varchar(4000),
    unique (inspection_id, kind, ordinal)
);

create table accountability_action (
    id             uuid primary key,
    measure_id     uuid references measure (id),
    handover_id    uuid references handover (id),
    sanction       varchar(32) not null,
    person_count   integer not null,
    note           varchar(1000),
    check (measure_id is not null or handover_id is not null)
);

-- 销号: a separate, audited fact; a finding is closed out at most once (reopening after 回头看 makes a new finding).
create table close_out (
    id                         uuid primary key,
    finding_id                 uuid not null unique references finding (id),
    mode                       varchar(32) not null,
    directive_title            varchar(500),
    directive_document_number  varchar(200),
    closed_on                  date not null,
    closed_by                  varchar(64) not null,
    note                       varchar(4000)
);
