-- The figures at the head of the report: the latest run and the size of what the series rests on.
select
    (select run_id from pipeline_runs order by started_at desc limit 1) as run_id,
    (select status from pipeline_runs order by started_at desc limit 1) as run_status,
    (select started_at from pipeline_runs order by started_at desc limit 1) as run_started_at,
    (select count(*) from documents) as documents,
    (select count(*) from flight_claims) as claims,
    (select count(*) from flight_facts) as facts,
    (select count(*) from monthly_flights) as monthly_figures,
    (select count(distinct conflict_group) from flight_facts where conflict_group is not null) as conflicts
