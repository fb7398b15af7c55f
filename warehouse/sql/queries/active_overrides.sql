-- The analysts' figures in force, newest first (the newest wins for one route, status and month).
select override_id, origin_country, destination, month, status, flights, reason, requested_by
from overrides
where withdrawn_at is null
order by requested_at desc
