-- Which sources disagree and by how much: every conflict (the same route, status and period with
-- figures that do not overlap), the figure kept and why, each other figure, its documents and the gap.
with conflicting as (
    select * from flight_facts where conflict_group is not null
),

sources as (
    select f.fact_id, string_agg(distinct coalesce(d.publisher, d.source_uri), ', ') as stated_by
    from conflicting as f
    cross join unnest(f.doc_ids) as u(doc_id)
    join documents as d on d.doc_id = u.doc_id
    group by f.fact_id
),

kept as (
    select f.conflict_group, f.flights as kept_flights, f.resolution, s.stated_by as kept_by
    from conflicting as f
    join sources as s using (fact_id)
    where f.chosen
)

select
    f.origin_country,
    f.destination,
    f.status,
    f.period_start,
    f.period_end,
    k.kept_flights,
    k.resolution,
    f.flights as other_flights,
    f.flights - k.kept_flights as difference,
    k.kept_by,
    s.stated_by as other_by,
    f.evidence as other_evidence
from conflicting as f
join kept as k using (conflict_group)
join sources as s using (fact_id)
where not f.chosen
order by abs(f.flights - k.kept_flights) desc, f.destination, f.period_start
