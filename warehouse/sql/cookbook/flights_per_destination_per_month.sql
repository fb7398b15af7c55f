-- Flights per destination per month: completed flights from the reconciled series, one figure per
-- origin, destination and month, with its bounds, how it was obtained and how many documents state it.
-- '*' rows (totals over every destination) are left out so that the rows add up.
select
    month,
    origin_country,
    destination,
    flights,
    flights_low,
    flights_high,
    method,
    n_sources
from monthly_flights
where status = 'completed' and destination <> '*'
order by month, destination, origin_country nulls last
