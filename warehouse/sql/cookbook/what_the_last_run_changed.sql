-- What changed in the last run: every monthly figure the latest published run added, removed or
-- changed, before and after. For another run: select * from monthly_flights_changes('<run_id>').
select change, origin_country, destination, month, status, flights_before, flights_after, sources_before, sources_after
from monthly_flights_last_changes
order by month, destination, status
