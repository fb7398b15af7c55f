select c.claim_id, c.doc_id, f.fact_id is not null as fact_exists
from flight_claims as c
semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
left join flight_facts as f on f.fact_id = c.fact_id
