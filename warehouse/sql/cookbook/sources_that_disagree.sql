-- Which sources disagree and by how much: every conflict (the same route, status and period with
-- figures that do not overlap), the figure kept and why, each other figure, its documents and the gap.
with conflicting as (
    select * from flight_facts where conflict_group is not null
),

sources as (
    -- each claim carries its document's publisher and path; listed in order, the same every time
    select c.fact_id, array_to_string(list_sort(list_distinct(list(coalesce(c.publisher, c.source_uri)))), ', ') as stated_by
    from flight_claims as c
    semi join conflicting using (fact_id)
    group by c.fact_id
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
order by abs(f.flights - k.kept_flights) desc, f.destination, f.period_start, f.fact_id
