-- Figures that disagree about one route, status and period, new in this run: one row per conflict,
-- each figure with the documents that state it and the one the series kept (and why).
with new_conflicts as (
    select distinct conflict_group from flight_facts where conflict_group is not null and first_run = $run_id
),

sides as (
    select
        f.conflict_group, f.chosen, f.flights, f.qualifier, f.resolution, f.first_run,
        coalesce(f.origin_country, '?') || ' > ' || f.destination || ', ' || f.status || ', '
            || coalesce(f.period_start::varchar, '?') || ' to ' || coalesce(f.period_end::varchar, '?') as route,
        string_agg(coalesce(d.publisher, 'no publisher') || ' (' || d.source_uri || ')', ', ' order by d.source_uri) as sources,
        min(d.doc_id) as doc_id,
        min(d.source_uri) as source_uri
    from flight_facts as f
    join new_conflicts using (conflict_group)
    cross join unnest(f.doc_ids) as u(doc_id)
    join documents as d on d.doc_id = u.doc_id
    group by all
)

select
    conflict_group,
    coalesce(max(doc_id) filter (where first_run = $run_id), min(doc_id)) as doc_id,
    coalesce(max(source_uri) filter (where first_run = $run_id), min(source_uri)) as source_uri,
    any_value(route) || ': ' || string_agg(
        flights || case when qualifier <> 'exact' then ' (' || qualifier || ')' else '' end || ' by ' || sources
            || case when chosen then ' [kept: ' || resolution || ']' else '' end,
        ' vs ' order by chosen desc, flights
    ) as detail
from sides
group by conflict_group
