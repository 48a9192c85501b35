-- 通报定稿: the frozen outputs of a published bulletin, one row per audience (党内 / 社会).
-- Rows are written once at publication and never updated (the entity is @Immutable).
create table bulletin_edition (
    id                uuid primary key,
    bulletin_id       uuid not null references bulletin (id),
    inspection_id     uuid not null references inspection (id),
    audience          varchar(16) not null,
    title             varchar(1000) not null,
    organization      varchar(200) not null,
    bulletin_date     date not null,
    published_by      varchar(64) not null,
    published_at      timestamp with time zone not null,
    profile           varchar(64) not null,
    template_version  varchar(64) not null,
    source_json       bytea not null,
    text_content      bytea not null,
    html_content      bytea not null,
    docx_content      bytea not null,
    source_sha256     varchar(64) not null,
    text_sha256       varchar(64) not null,
    html_sha256       varchar(64) not null,
    docx_sha256       varchar(64) not null,
    unique (bulletin_id, audience)
);
create index bulletin_edition_public_idx on bulletin_edition (audience, bulletin_date);
