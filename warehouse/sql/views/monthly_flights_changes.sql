-- What one run changed in the monthly series: select * from monthly_flights_changes('<run_id>').
-- change is added (a new row), removed, or changed (before and after side by side).
create or replace macro monthly_flights_changes(run) as table
with opened as (select * from monthly_flights_history where valid_from_run = run),
closed as (select * from monthly_flights_history where valid_to_run = run)
select
    case when c.month is null then 'added' when o.month is null then 'removed' else 'changed' end as change,
    coalesce(o.origin_country, c.origin_country) as origin_country,
    coalesce(o.destination, c.destination) as destination,
    coalesce(o.month, c.month) as month,
    coalesce(o.status, c.status) as status,
    c.flights as flights_before,
    o.flights as flights_after,
    c.method as method_before,
    o.method as method_after,
    c.n_sources as sources_before,
    o.n_sources as sources_after,
    coalesce(o.doc_ids, c.doc_ids) as doc_ids
from opened as o
full join closed as c
    on o.origin_country is not distinct from c.origin_country
    and o.destination = c.destination and o.month = c.month and o.status = c.status
