-- Denied and cancelled flights: every fact whose flights were refused landing or called off, with
-- when, how many, who reported it and the text. These are never added to completed flights.
select
    f.status,
    f.origin_country,
    f.destination,
    f.period_start,
    f.period_end,
    f.flights,
    f.qualifier,
    f.n_documents,
    (select string_agg(coalesce(d.publisher, d.source_uri), ', ') from documents as d where list_contains(f.doc_ids, d.doc_id)) as reported_by,
    f.evidence
from flight_facts as f
where f.status in ('denied', 'cancelled') and f.chosen
order by f.period_start nulls last, f.destination
