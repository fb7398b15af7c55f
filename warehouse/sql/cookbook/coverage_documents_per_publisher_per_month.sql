-- Coverage: documents per publisher per month of publication, and how many flight claims they
-- carry. Gaps here are gaps in the series' sources, not necessarily months without flights.
select
    date_trunc('month', d.published_date) as month,
    coalesce(d.publisher, '(no publisher stated)') as publisher,
    count(distinct d.doc_id) as documents,
    count(c.claim_id) as claims
from documents as d
left join flight_claims as c using (doc_id)
group by all
order by month nulls last, publisher
