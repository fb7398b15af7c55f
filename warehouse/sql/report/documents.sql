-- The documents behind the completed monthly figures, each with every claim it makes and its text.
with cited as (
    select distinct unnest(doc_ids) as doc_id from monthly_flights where status = 'completed' and destination <> '*'
)
select
    d.doc_id, d.source_uri, d.title, d.publisher, d.published_date,
    list({'flights': c.flights, 'qualifier': c.qualifier, 'destination': c.destination, 'status': c.status,
          'period_start': c.period_start, 'period_end': c.period_end, 'evidence': c.evidence} order by c.char_start) as claims
from documents as d
join cited using (doc_id)
left join flight_claims as c using (doc_id)
group by all
order by d.published_date desc nulls last, d.source_uri
