-- End the current version of every monthly_flights row this run changes or removes.
update monthly_flights_history as h
set valid_to_run = $run_id, valid_to = $started
where h.valid_to_run is null
  and not exists (
      select 1 from monthly_flights as m
      where (m.origin_country, m.destination, m.month, m.status, m.flights, m.flights_low, m.flights_high, m.method,
             m.days_covered, m.n_sources, m.fact_ids, m.doc_ids, m.bounding_fact_ids, m.note)
            is not distinct from
            (h.origin_country, h.destination, h.month, h.status, h.flights, h.flights_low, h.flights_high, h.method,
             h.days_covered, h.n_sources, h.fact_ids, h.doc_ids, h.bounding_fact_ids, h.note)
  )
