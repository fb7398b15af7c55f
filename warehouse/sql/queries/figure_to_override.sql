-- The monthly figure an override would replace (one route, status and month), if the series has it.
select flights from monthly_flights
where origin_country is not distinct from $origin_country and destination = $destination and month = $month and status = $status
