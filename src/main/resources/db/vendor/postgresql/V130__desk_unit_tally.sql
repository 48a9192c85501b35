-- 督查督办台 read model on PostgreSQL (H2, the demo database, computes the same figures from the
-- measure rows). The per-unit counts come from desk_unit_tally: how many measures of a unit have a
-- given status, deadline, unanswered 调度 call and on-time completion. Triggers keep it current in
-- the same statement as every change of measure and measure_unit, whoever makes it (the entities,
-- bulk SQL). Lights are not stored: the desk compares the deadline with day boundaries it computes
-- in Java on the working-day calendar, so the tally holds one row per unit, status and deadline day.

create table desk_unit_tally (
    unit_id          uuid not null references unit (id) on delete cascade,
    status           varchar(32) not null,
    deadline         date not null,
    call_unanswered  boolean not null,
    on_time          boolean not null,
    measures         bigint not null,
    primary key (unit_id, status, deadline, call_unanswered, on_time)
);

-- The overdue list: open measures by deadline, first page without sorting.
create index measure_open_deadline_idx on measure (deadline, id)
    where status in ('DRAFT', 'IN_PROGRESS');

create function desk_call_unanswered(called date, reported date) returns boolean
    language sql immutable
    as $$ select called is not null and (reported is null or reported < called) $$;

create function desk_on_time(completed date, deadline date) returns boolean
    language sql immutable
    as $$ select completed is not null and completed <= deadline $$;

-- A measure's row changed: its units move from the old key to the new one.
create function desk_tally_measure_changed() returns trigger
    language plpgsql
    set search_path from current
    as $$
begin
    insert into desk_unit_tally as t (unit_id, status, deadline, call_unanswered, on_time, measures)
    select mu.unit_id, d.status, d.deadline, d.call_unanswered, d.on_time, sum(d.delta)
    from (
        select o.id, o.status, o.deadline,
               desk_call_unanswered(o.progress_called_on, o.progress_reported_on) as call_unanswered,
               desk_on_time(o.completed_on, o.deadline) as on_time, -1 as delta
        from old_measures o
        union all
        select n.id, n.status, n.deadline,
               desk_call_unanswered(n.progress_called_on, n.progress_reported_on),
               desk_on_time(n.completed_on, n.deadline), 1
        from new_measures n
    ) d
    join measure_unit mu on mu.measure_id = d.id
    group by mu.unit_id, d.status, d.deadline, d.call_unanswered, d.on_time
    having sum(d.delta) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (unit_id, status, deadline, call_unanswered, on_time)
    do update set measures = t.measures + excluded.measures;
    return null;
end
$$;

create trigger desk_tally_measure_changed after update on measure
    referencing old table as old_measures new table as new_measures
    for each statement execute function desk_tally_measure_changed();

-- Units were given to (or taken from) measures: each counts the measure as it is now. (A measure
-- row is inserted before its units and deleted after them, so measure inserts and deletes need
-- no trigger of their own.)
create function desk_tally_units_changed() returns trigger
    language plpgsql
    set search_path from current
    as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into desk_unit_tally as t
            (unit_id, status, deadline, call_unanswered, on_time, measures)
        select n.unit_id, m.status, m.deadline,
               desk_call_unanswered(m.progress_called_on, m.progress_reported_on),
               desk_on_time(m.completed_on, m.deadline), count(*)
        from new_units n join measure m on m.id = n.measure_id
        group by 1, 2, 3, 4, 5
        order by 1, 2, 3, 4, 5
        on conflict (unit_id, status, deadline, call_unanswered, on_time)
        do update set measures = t.measures + excluded.measures;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        insert into desk_unit_tally as t
            (unit_id, status, deadline, call_unanswered, on_time, measures)
        select o.unit_id, m.status, m.deadline,
               desk_call_unanswered(m.progress_called_on, m.progress_reported_on),
               desk_on_time(m.completed_on, m.deadline), -count(*)
        from old_units o join measure m on m.id = o.measure_id
        group by 1, 2, 3, 4, 5
        order by 1, 2, 3, 4, 5
        on conflict (unit_id, status, deadline, call_unanswered, on_time)
        do update set measures = t.measures + excluded.measures;
    end if;
    return null;
end
$$;

create trigger desk_tally_units_added after insert on measure_unit
    referencing new table as new_units
    for each statement execute function desk_tally_units_changed();
create trigger desk_tally_units_removed after delete on measure_unit
    referencing old table as old_units
    for each statement execute function desk_tally_units_changed();
create trigger desk_tally_units_moved after update on measure_unit
    referencing old table as old_units new table as new_units
    for each statement execute function desk_tally_units_changed();

insert into desk_unit_tally (unit_id, status, deadline, call_unanswered, on_time, measures)
select mu.unit_id, m.status, m.deadline,
       desk_call_unanswered(m.progress_called_on, m.progress_reported_on),
       desk_on_time(m.completed_on, m.deadline), count(*)
from measure_unit mu join measure m on m.id = mu.measure_id
group by 1, 2, 3, 4, 5;
