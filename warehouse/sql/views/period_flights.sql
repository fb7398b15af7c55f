-- Figures at their own grain when it is longer than a month (quarters, years, semesters, spans
-- across months, 'since October'): never spread over months; they bound monthly_flights instead.
create or replace view period_flights as
select
    fact_id, origin_country, destination, status, period_start, period_end, period_grain,
    flights, flights_low, flights_high, qualifier, n_documents, n_publishers, doc_ids, evidence
from flight_facts
where chosen and part is null
  and (period_start is null or period_end is null
       or date_trunc('month', period_start) <> date_trunc('month', period_end))
  and period_grain <> 'none'
