-- Denied and cancelled flights: every fact whose flights were refused landing or called off, with
-- when, how many, who reported it and the text. These are never added to completed flights.
with refused as (
    select * from flight_facts where status in ('denied', 'cancelled') and chosen
),

reporters as (
    -- each claim carries its document's publisher and path; listed in order, the same every time
    select c.fact_id, array_to_string(list_sort(list_distinct(list(coalesce(c.publisher, c.source_uri)))), ', ') as reported_by
    from flight_claims as c
    semi join refused using (fact_id)
    group by c.fact_id
)

select
    f.status,
    f.origin_country,
    f.destination,
    f.period_start,
    f.period_end,
    f.flights,
    f.qualifier,
    f.n_documents,
    r.reported_by,
    f.evidence
from refused as f
join reporters as r using (fact_id)
order by f.period_start nulls last, f.destination, f.fact_id
