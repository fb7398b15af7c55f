select
    coalesce(origin_country, '-') || ' > ' || destination || ' ' || strftime(month, '%Y-%m') || ' ' || status as series_key,
    doc_ids[1] as doc_id,
    method,
    flights_high is null or flights_low <= flights_high as bounds_ordered
from monthly_flights
