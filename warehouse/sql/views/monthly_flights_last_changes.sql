-- What the latest published run changed in the monthly series (no rows: it changed nothing).
create or replace view monthly_flights_last_changes as
select * from monthly_flights_changes((select max(run_id) from pipeline_runs where status = 'completed'))
