-- Record an analyst's figure for one route, status and month.
insert into overrides (override_id, origin_country, destination, month, status, flights, reason, requested_by, requested_at, run_id)
values ($override_id, $origin_country, $destination, $month, $status, $flights, $reason, $requested_by, $at, $run_id)
