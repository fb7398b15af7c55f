-- Completed flights per destination and month over every origin: one row per destination and month.
-- Where a source states the month's flights over all origins together (monthly_flights with origin_country
-- null: a receiving country's total), that is `flights`; otherwise the sum of the stated origins. Both are
-- kept, with a note when they disagree or the month is only partly covered. '*' destinations are left out.
create or replace view destination_flights as
with series as (
    select * from monthly_flights where status = 'completed' and destination <> '*'
),

over_all_origins as (
    select destination, month, flights, flights_high, days_covered from series where origin_country is null
),

per_origin as (
    select
        destination,
        month,
        sum(flights) as flights,
        case when count(*) = count(flights_high) then sum(flights_high) end as flights_high,
        string_agg(origin_country || ' ' || coalesce(flights::varchar, '?'), ', ' order by origin_country) as by_origin,
        min(days_covered) as days_covered
    from series
    where origin_country is not null
    group by all
)

select
    month,
    destination,
    coalesce(a.flights, p.flights) as flights,
    case when a.month is not null then a.flights_high else p.flights_high end as flights_high,
    coalesce(a.days_covered, p.days_covered) as days_covered,
    day(last_day(month)) as days_in_month,
    a.flights as stated_over_all_origins,
    p.flights as sum_of_origins,
    p.by_origin,
    case
        when a.flights is not null and p.flights is not null and a.flights <> p.flights
            then 'the total over all origins (' || a.flights || ') and the sum of the origins (' || p.flights || ') disagree'
        when coalesce(a.days_covered, p.days_covered) < day(last_day(month))
            then 'partial month: ' || coalesce(a.days_covered, p.days_covered) || ' of ' || day(last_day(month)) || ' days covered'
    end as note
from over_all_origins as a
full join per_origin as p using (destination, month)
