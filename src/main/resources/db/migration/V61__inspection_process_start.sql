-- The start of the inspection's InspectionRectification process is recorded in the domain
-- (workflow/InspectionProcessStarter), not inferred from engine history, which history cleanup removes.
alter table inspection add column process_started_at timestamp with time zone;
