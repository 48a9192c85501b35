-- Directory management (docs/directory.md): 二级单位 under a parent unit, deactivation instead of
-- deletion (history keeps the names), a phone number for notifications, and the 工作交接 record.
alter table unit add column parent_id uuid;
alter table unit add constraint unit_parent_fk foreign key (parent_id) references unit (id);
alter table unit add column active boolean default true not null;

alter table official add column phone varchar(50);
alter table official add column active boolean default true not null;

-- 工作交接: one hand-over of an official's open work when they leave or move.
create table personnel_handover (
    id             uuid primary key,
    from_official  varchar(64)  not null,
    reason         varchar(500) not null,
    handed_by      varchar(64)  not null,
    handed_at      timestamp with time zone not null
);

-- Who was responsible when: every responsibility a hand-over moved, one row each.
create table responsibility_change (
    id             uuid primary key,
    handover_id    uuid not null references personnel_handover (id),
    kind           varchar(32)  not null,
    finding_id     uuid references finding (id),
    measure_id     uuid references measure (id),
    task_name      varchar(500),
    from_official  varchar(64)  not null,
    from_name      varchar(100) not null,
    to_official    varchar(64)  not null,
    to_name        varchar(100) not null,
    changed_at     timestamp with time zone not null
);
create index responsibility_change_finding_idx on responsibility_change (finding_id);
