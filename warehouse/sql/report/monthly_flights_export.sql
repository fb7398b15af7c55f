-- The monthly series as written beside the report on every run (CSV and Parquet): every figure with
-- its bounds, how it was obtained and the documents behind it (file, publisher, original address).
select
    m.month,
    m.origin_country,
    m.destination,
    m.status,
    m.flights,
    m.flights_low,
    m.flights_high,
    m.method,
    m.days_covered,
    m.n_sources,
    string_agg(coalesce(d.publisher, 'no publisher') || ' (' || d.source_uri || ')', '; ' order by d.source_uri) as sources,
    string_agg(d.url, ' ' order by d.source_uri) as source_urls
from monthly_flights as m
cross join unnest(m.doc_ids) as source(doc_id)
join documents as d on d.doc_id = source.doc_id
group by all
order by m.month, m.destination, m.origin_country nulls last, m.status
