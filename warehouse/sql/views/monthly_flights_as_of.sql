-- The monthly series as it stood at a moment: select * from monthly_flights_as_of(timestamptz '2026-03-01 00:00+00').
-- Runs are versions: a row is what the last run started at or before that moment had written.
create or replace macro monthly_flights_as_of(moment) as table
select * exclude (valid_from_run, valid_from, valid_to_run, valid_to)
from monthly_flights_history
where valid_from <= moment and (valid_to is null or valid_to > moment)
