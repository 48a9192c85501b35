-- 督查督办台: the desk reads the ledger's own tables. The measure row carries what its queries filter
-- and light by (its inspection, the latest 调度 call and progress note), kept current in the same
-- transactions that change the measure; lights that change with time are computed by the query
-- from the stored deadline and today's date. Portable between PostgreSQL and H2.

alter table measure add column inspection_id uuid;
update measure set inspection_id = (
    select fb.inspection_id
    from finding f
    join aspect a on a.id = f.aspect_id
    join feedback fb on fb.id = a.feedback_id
    where f.id = measure.finding_id);
alter table measure alter column inspection_id set not null;
alter table measure add column progress_called_on date;
alter table measure add column progress_reported_on date;

update measure set progress_reported_on = (
    select max(cast(n.created_at as date)) from progress_note n where n.measure_id = measure.id);

create index measure_inspection_deadline_idx on measure (inspection_id, deadline);
create index measure_status_deadline_idx on measure (status, deadline);
create index measure_completed_on_idx on measure (completed_on);
create index measure_unit_unit_idx on measure_unit (unit_id, measure_id);
create index finding_lead_official_idx on finding (lead_official_id);

-- 催办: a supervisor's (or the office's) short urge to the unit carrying out a measure.
create table urge (
    id                  uuid primary key,
    measure_id          uuid not null references measure (id),
    text                varchar(500) not null,
    urged_by            varchar(64) not null,
    urged_at            timestamp with time zone not null,
    urged_on            date not null,
    to_lead_official    boolean not null,
    unique (measure_id, urged_on)
);
create index urge_measure_idx on urge (measure_id, urged_at);
