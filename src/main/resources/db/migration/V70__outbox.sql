-- Notifications that arrive, once (docs/notifications.md). Portable between PostgreSQL and H2.

-- An occasion may concern a bulletin or one task (a task assigned to someone) instead of a measure.
alter table notification add column bulletin_id uuid;
alter table notification add column task_id varchar(64);

-- 发件箱: one row per occasion, person (or unit, for group robots) and channel, written in the
-- transaction of the business change or timer job. The dispatcher claims due rows with a lease.
create table outbox_message (
    id               uuid primary key,
    idempotency_key  varchar(400) not null unique,
    notification_id  uuid not null references notification (id),
    channel          varchar(32) not null,
    recipient        varchar(64) not null,
    status           varchar(16) not null,
    digest           boolean not null,
    attempts         integer not null,
    next_attempt_at  timestamp with time zone not null,
    lease_owner      varchar(64),
    lease_until      timestamp with time zone,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone
);
create index outbox_message_due_idx on outbox_message (status, next_attempt_at);
create index outbox_message_lease_idx on outbox_message (lease_owner);

-- 站内信: what the in-app channel delivered to one person; one per outbox row.
create table inbox_message (
    id               uuid primary key,
    outbox_id        uuid not null unique references outbox_message (id),
    notification_id  uuid not null references notification (id),
    username         varchar(64) not null,
    created_at       timestamp with time zone not null,
    read_at          timestamp with time zone
);
create index inbox_message_user_idx on inbox_message (username, created_at);

-- 通知偏好: a person's own choice; without a row the role's defaults apply.
create table notification_preference (
    username    varchar(64) primary key,
    channels    varchar(200) not null,
    delivery    varchar(16) not null,
    updated_at  timestamp with time zone not null
);
