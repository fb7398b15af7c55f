-- The report's charts per destination: every monthly figure of every status from $since on, '*' (the
-- totals over every destination) included for their own chart. Origins are stacked; a figure over every
-- origin (origin_country null) is drawn as an outline, never stacked with them.
select month, origin_country, destination, status, flights, flights_low
from monthly_flights
where month >= $since
order by destination, month, status, origin_country nulls last
