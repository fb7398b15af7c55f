-- Analysts' figures in force: which month of which route, the figure, who and why.
select override_id, coalesce(origin_country, 'every origin') as origin, destination, strftime(month, '%Y-%m') as month, status, flights,
    reason, requested_by
from overrides
where withdrawn_at is null
order by requested_at desc
