-- Passengers per flight where stated: facts whose text gives the people on exactly those flights,
-- and the people per flight it implies.
select
    origin_country,
    destination,
    status,
    period_start,
    period_end,
    flights,
    passengers,
    round(passengers / flights, 1) as passengers_per_flight,
    evidence
from flight_facts
where passengers is not null and flights > 0 and chosen
order by passengers_per_flight desc
