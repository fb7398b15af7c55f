-- The latest month against the one before: for each route with a completed figure in the latest
-- month of the series, that figure, the month before's, and the change (null when either is unknown).
with latest as (
    select max(month) as month from monthly_flights where status = 'completed' and destination <> '*'
)
select
    cur.origin_country,
    cur.destination,
    cur.month,
    cur.flights,
    prev.flights as flights_month_before,
    cur.flights - prev.flights as change,
    cur.n_sources
from monthly_flights as cur
join latest using (month)
left join monthly_flights as prev
    on prev.origin_country is not distinct from cur.origin_country
    and prev.destination = cur.destination
    and prev.status = cur.status
    and prev.month = cur.month - interval 1 month
where cur.status = 'completed' and cur.destination <> '*'
order by cur.destination, cur.origin_country nulls last
