-- Every document a monthly figure cites exists (the facts' own lists are checked through their claims).
-- A night checks the figures it changed (their current history version opened at or after
-- $fresh_after); with $fresh_after null, every figure.
with checked as (
    select m.doc_ids
    from monthly_flights as m
    where $fresh_after::timestamptz is null or exists (
        select 1 from monthly_flights_history as h
        where h.valid_to is null and h.valid_from >= $fresh_after::timestamptz
            and h.origin_country is not distinct from m.origin_country and h.destination = m.destination
            and h.month = m.month and h.status = m.status
    )
)

select s.doc_id, d.doc_id is not null as document_exists
from (select distinct unnest(doc_ids) as doc_id from checked) as s
left join documents as d on d.doc_id = s.doc_id
