-- 意见建议: what the public sends on a published (public) bulletin edition, and how the office
-- triaged it. The client address is kept only as a keyed hash (never the raw IP).
create table public_opinion (
    id            uuid primary key,
    edition_id    uuid not null references bulletin_edition (id),
    bulletin_id   uuid not null references bulletin (id),
    text          varchar(2000) not null,
    sender_name   varchar(100),
    contact       varchar(100),
    address_hash  varchar(64) not null,
    received_at   timestamp with time zone not null,
    status        varchar(16) not null,
    triaged_by    varchar(64),
    triaged_at    timestamp with time zone,
    triage_note   varchar(2000),
    version       integer not null
);
create index public_opinion_received_idx on public_opinion (received_at);
create index public_opinion_status_idx on public_opinion (status, received_at);
create index public_opinion_edition_idx on public_opinion (edition_id);
