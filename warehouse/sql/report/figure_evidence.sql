-- Each completed monthly figure's facts from $since on, with the text of the best claim behind each.
with used as (
    select origin_country, destination, month, unnest(fact_ids) as fact_id
    from monthly_flights
    where status = 'completed' and destination <> '*' and month >= $since
)
select u.origin_country, u.destination, u.month, f.fact_id, f.flights, f.qualifier, f.period_start, f.period_end, f.evidence, f.doc_ids
from used as u
join flight_facts as f using (fact_id)
order by u.destination, u.month, f.period_start
