-- Analysts' corrections, audited like every other row: each retraction names a document the warehouse
-- holds, each override a known status and a plausible figure, and no id is used twice.
select 'retraction' as kind, r.doc_id as id, d.doc_id is not null as target_exists, null::varchar as status, null::bigint as flights
from retractions as r
left join documents as d using (doc_id)
union all
select 'override', o.override_id, true, o.status, o.flights
from overrides as o
