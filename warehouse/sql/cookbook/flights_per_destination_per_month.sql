-- Flights per destination per month, over every origin: one row per destination and month (the view
-- destination_flights). `flights` is a receiving country's total over all origins where a source states
-- one, else the sum of the stated origins; both are shown, with a note when they disagree or when the
-- month is only partly covered. Rows of different destinations add up; no row is a part of another.
select month, destination, flights, flights_high, days_covered, stated_over_all_origins, sum_of_origins, by_origin, note
from destination_flights
order by month, destination
