-- 分解交办 leaves its own record: the completion guard of Task_AssignFindings checks it
-- (workflow/CompletionGuards), so that completing the task elsewhere than through the API is refused.
alter table inspection add column assigned_by varchar(64);
alter table inspection add column assigned_at timestamp with time zone;
