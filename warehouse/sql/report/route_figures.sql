-- The report's charts: completed flights per route and month, including figures over every origin
-- (origin_country null), which the report labels as such and never stacks with one origin's rows.
select month, origin_country, destination, flights, flights_low, flights_high, method, days_covered, n_sources
from monthly_flights
where status = 'completed' and destination <> '*'
order by month, destination, origin_country nulls last
