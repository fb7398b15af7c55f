-- Flights by origin, for receiving-country reports: completed flights per month into one destination
-- (set variable destination = 'HN'; without it, every destination) from each origin that states
-- one, with the figures whose origin is mixed or unstated kept apart as 'unstated'.
select
    destination,
    month,
    coalesce(origin_country, 'unstated') as origin,
    flights,
    flights_low,
    flights_high,
    n_sources
from monthly_flights
where status = 'completed' and destination <> '*'
  and destination = coalesce(getvariable('destination'), destination)
order by destination, month, origin
