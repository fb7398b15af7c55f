-- Months this run wrote where a destination's total over all origins no longer equals the sum of its
-- origins (a correction changed one side): one row per destination and month, with both figures and
-- the documents behind each side.
with written as (
    select distinct destination, month from monthly_flights_history where valid_from_run = $run_id and status = 'completed'
),

apart as (
    select f.* from destination_flights as f join written using (destination, month)
    where f.stated_over_all_origins is not null and f.sum_of_origins is not null and f.stated_over_all_origins <> f.sum_of_origins
),

sides as (
    select
        m.destination, m.month, m.origin_country is null as over_all,
        string_agg(distinct coalesce(d.publisher, 'no publisher') || ' (' || d.source_uri || ')', ', ') as sources,
        min(d.doc_id) as doc_id, min(d.source_uri) as source_uri
    from monthly_flights as m
    join apart using (destination, month)
    cross join unnest(m.doc_ids) as u(doc_id)
    join documents as d on d.doc_id = u.doc_id
    where m.status = 'completed'
    group by all
)

select
    a.destination, a.month,
    coalesce(t.doc_id, p.doc_id) as doc_id,
    coalesce(t.source_uri, p.source_uri) as source_uri,
    a.destination || ' ' || strftime(a.month, '%Y-%m') || ': total over all origins ' || a.stated_over_all_origins
        || ' by ' || coalesce(t.sources, '?') || ' vs sum of the origins ' || a.sum_of_origins || ' (' || a.by_origin || ') by '
        || coalesce(p.sources, '?') as detail
from apart as a
left join sides as t on t.destination = a.destination and t.month = a.month and t.over_all
left join sides as p on p.destination = a.destination and p.month = a.month and not p.over_all
