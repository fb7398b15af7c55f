-- The documents the report links to, each with every claim it makes and its text.
select
    d.doc_id, d.source_uri, d.url, d.title, d.publisher, d.published_date,
    list({'flights': c.flights, 'qualifier': c.qualifier, 'destination': c.destination, 'status': c.status,
          'period_start': c.period_start, 'period_end': c.period_end, 'evidence': c.evidence,
          'confidence': c.confidence} order by c.char_start) as claims
from documents as d
left join flight_claims as c using (doc_id)
where d.doc_id in (select unnest($doc_ids))
group by all
order by d.published_date desc nulls last, d.source_uri
