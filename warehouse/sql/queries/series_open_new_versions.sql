-- Start a version for every monthly_flights row that has no current version equal to it.
insert into monthly_flights_history by name
select m.*, $run_id as valid_from_run, $started as valid_from, null as valid_to_run, null as valid_to
from monthly_flights as m
where not exists (
    select 1 from monthly_flights_history as h
    where h.valid_to_run is null
      and (m.origin_country, m.destination, m.month, m.status, m.flights, m.flights_low, m.flights_high, m.method,
           m.days_covered, m.n_sources, m.fact_ids, m.doc_ids, m.bounding_fact_ids, m.note)
          is not distinct from
          (h.origin_country, h.destination, h.month, h.status, h.flights, h.flights_low, h.flights_high, h.method,
           h.days_covered, h.n_sources, h.fact_ids, h.doc_ids, h.bounding_fact_ids, h.note)
)
