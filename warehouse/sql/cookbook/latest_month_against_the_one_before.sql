-- The latest month against the one before, per destination over every origin (destination_flights):
-- both figures, the change, and how many days of each month the figures cover. A change between
-- months that are not both fully covered is not a change in flights: `comparable` says so and
-- `change` is left null.
with latest as (
    select max(month) as month from destination_flights
)
select
    cur.destination,
    cur.month,
    cur.flights,
    cur.flights_high,
    cur.days_covered,
    prev.flights as flights_month_before,
    prev.days_covered as days_covered_month_before,
    case when cur.days_covered = cur.days_in_month and prev.days_covered = prev.days_in_month then cur.flights - prev.flights end as change,
    case
        when prev.month is null then 'no figure for the month before'
        when cur.days_covered < cur.days_in_month or prev.days_covered < prev.days_in_month
            then 'partial: ' || cur.days_covered || ' of ' || cur.days_in_month || ' days against ' || prev.days_covered || ' of '
                 || prev.days_in_month
        else 'comparable'
    end as comparable
from destination_flights as cur
join latest using (month)
left join destination_flights as prev
    on prev.destination = cur.destination
    and prev.month = cur.month - interval 1 month
order by cur.destination
