-- Flights that reached one country (--set country=HN; without it, every country), per month: the
-- flights to it alone, the flights with stops that also reached it, and the figures over every origin
-- kept apart. Add `direct` and `with_stops` for the flights that reached the country; never add
-- `over_all_origins` to them (it is a receiving country's total of the same flights).
select
    country,
    month,
    sum(flights) filter (where not multi_stop and not over_all_origins) as direct,
    sum(flights) filter (where multi_stop and not over_all_origins) as with_stops,
    string_agg(destination, ', ' order by destination) filter (where multi_stop) as stop_sets,
    max(flights) filter (where over_all_origins and not multi_stop) as over_all_origins
from flights_reaching
where country = coalesce(getvariable('country'), country)
group by all
order by country, month
