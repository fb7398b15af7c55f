-- Flights by origin, for receiving-country reports: completed flights per month into one destination
-- (--set destination=HN; without it, every destination) from each origin that is stated. A figure
-- over every origin (a receiving country's total, or a count whose origin no source states) is not
-- one more origin: it is the column `over_all_origins`, repeated on the month's rows, never a row
-- to add. A month with only such a figure shows it with origin '*'.
with series as (
    select * from monthly_flights
    where status = 'completed' and destination <> '*'
      and destination = coalesce(getvariable('destination'), destination)
),

over_all as (
    select destination, month, flights as over_all_origins from series where origin_country is null
)

select s.destination, s.month, s.origin_country as origin, s.flights, s.flights_low, s.flights_high, s.n_sources, a.over_all_origins
from series as s
left join over_all as a using (destination, month)
where s.origin_country is not null
union all
select a.destination, a.month, '*' as origin, null as flights, null as flights_low, null as flights_high, null as n_sources,
    a.over_all_origins
from over_all as a
where not exists (select 1 from series as s where s.destination = a.destination and s.month = a.month and s.origin_country is not null)
order by destination, month, origin
