-- Which sources disagree and by how much: every conflict (the same route, status and period with
-- figures that do not overlap), the figure kept and why, each other figure, its documents and the gap.
with kept as (
    select conflict_group, flights as kept_flights, resolution, doc_ids as kept_doc_ids
    from flight_facts
    where conflict_group is not null and chosen
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
    (select string_agg(coalesce(d.publisher, d.source_uri), ', ') from documents as d where list_contains(k.kept_doc_ids, d.doc_id)) as kept_by,
    (select string_agg(coalesce(d.publisher, d.source_uri), ', ') from documents as d where list_contains(f.doc_ids, d.doc_id)) as other_by,
    f.evidence as other_evidence
from flight_facts as f
join kept as k using (conflict_group)
where not f.chosen
order by abs(f.flights - k.kept_flights) desc, f.destination
