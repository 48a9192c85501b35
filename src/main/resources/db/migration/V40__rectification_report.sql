-- 整改情况报告: filed by the office when the report deadline opens its task.
create table rectification_report (
    id                uuid primary key,
    inspection_id     uuid not null references inspection (id),
    summary           varchar(4000) not null,
    stage_bulletin_id uuid references bulletin (id),
    submitted_by      varchar(64) not null,
    submitted_at      timestamp with time zone not null
);
create index rectification_report_inspection_idx on rectification_report (inspection_id);
