-- Flights that reached each country, by month: every completed monthly figure under each country its
-- flights reached, so a flight with stops (destination 'GT+HN') counts once for Guatemala and once for
-- Honduras, flagged `multi_stop`. A country's rows answer "how many flights reached X"; never add them
-- across countries (a multi-stop flight is in several). Figures over every origin (origin_country null)
-- are flagged `over_all_origins` and never added to one origin's rows.
create or replace view flights_reaching as
select
    reached.country,
    m.month,
    m.origin_country,
    m.destination,
    m.flights,
    m.flights_high,
    m.days_covered,
    len(m.destination_countries) > 1 as multi_stop,
    m.origin_country is null as over_all_origins,
    m.doc_ids
from monthly_flights as m
cross join unnest(m.destination_countries) as reached(country)
where m.status = 'completed' and m.destination <> '*'
