-- Flights per route and month: completed flights from the reconciled series, one figure per origin,
-- destination and month, with its bounds, how it was obtained and how many documents state it.
-- Only routes whose origin is stated: a figure over every origin (origin_country null: a receiving
-- country's total, or a count whose origin no source states) is never one origin's part, and is in
-- flights_per_destination_per_month instead. '*' destinations (totals over every destination) are
-- left out too, so the rows of one destination and month add up to what the stated origins sent.
select
    month,
    origin_country,
    destination,
    flights,
    flights_low,
    flights_high,
    method,
    days_covered,
    n_sources
from monthly_flights
where status = 'completed' and destination <> '*' and origin_country is not null
order by month, destination, origin_country
