-- Denied and cancelled flights: every fact whose flights were refused landing or called off, with
-- when, how many, who reported it and the text. These are never added to completed flights.
with refused as (
    select * from flight_facts where status in ('denied', 'cancelled') and chosen
),

reporters as (
    select f.fact_id, string_agg(distinct coalesce(d.publisher, d.source_uri), ', ') as reported_by
    from refused as f
    cross join unnest(f.doc_ids) as u(doc_id)
    join documents as d on d.doc_id = u.doc_id
    group by f.fact_id
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
order by f.period_start nulls last, f.destination
