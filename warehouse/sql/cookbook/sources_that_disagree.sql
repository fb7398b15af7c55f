-- Which sources disagree and by how much: every conflict (the same route, status and period with
-- figures that do not overlap), the figure kept and why, each other figure, its documents and the
-- gap, the largest gaps first. `all_rows` is how many rows the whole list has: with the variable
-- listed_rows set (SET VARIABLE listed_rows = 200, as the report does) only that many are listed,
-- and only their sources are looked up; unset, every row is.
with conflicting as (
    select * from flight_facts where conflict_group is not null
),

kept as (
    select conflict_group, fact_id as kept_fact_id, flights as kept_flights, resolution as kept_resolution
    from conflicting
    where chosen
),

ranked as (
    select
        f.*,
        k.kept_fact_id,
        k.kept_flights,
        k.kept_resolution,
        row_number() over (order by abs(f.flights - k.kept_flights) desc, f.destination, f.period_start, f.fact_id) as listed_rank,
        count(*) over () as all_rows
    from conflicting as f
    join kept as k using (conflict_group)
    where not f.chosen
    qualify listed_rank <= coalesce(getvariable('listed_rows'), listed_rank)
),

sources as (
    -- each claim carries its document's publisher and path; listed in order, the same every time
    select c.fact_id, array_to_string(list_sort(list_distinct(list(coalesce(c.publisher, c.source_uri)))), ', ') as stated_by
    from flight_claims as c
    semi join (select fact_id from ranked union select kept_fact_id from ranked) as listed using (fact_id)
    group by c.fact_id
)

select
    r.origin_country,
    r.destination,
    r.status,
    r.period_start,
    r.period_end,
    r.kept_flights,
    r.kept_resolution as resolution,
    r.flights as other_flights,
    r.flights - r.kept_flights as difference,
    ks.stated_by as kept_by,
    s.stated_by as other_by,
    r.evidence as other_evidence,
    r.all_rows
from ranked as r
join sources as s on s.fact_id = r.fact_id
join sources as ks on ks.fact_id = r.kept_fact_id
order by r.listed_rank
