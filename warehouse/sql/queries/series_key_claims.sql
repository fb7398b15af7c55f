-- Every claim of the fact keys being reconciled (registered as `fact_keys`): those of the run's
-- documents (audited_documents) as their rows state them now, and the others as flight_claims
-- holds them: a document the run did not load had its claims reconciled the night it was loaded.
-- With $since null every claim is read from the documents' rows.
with claims as (
    select * from document_claims($since::timestamptz)
    union all by name
    select * from flight_claims
    where $since::timestamptz is not null and doc_id not in (select doc_id from audited_documents($since::timestamptz))
)

select c.*
from claims as c
semi join fact_keys as k
    on c.origin_country is not distinct from k.origin_country
    and list_sort(list_distinct(c.destination_countries)) = k.destination_countries
    and c.status = k.status
    and c.part is not distinct from k.part
    and c.period_start is not distinct from k.period_start
    and c.period_end is not distinct from k.period_end
    and c.ordinal is not distinct from k.ordinal
    and (case when c.period_start is null and c.period_end is null then c.published_date end) is not distinct from k.undated_on
order by c.claim_id
