-- Retractions in force: documents an analyst took out of the series, with who, when and why.
select source_uri, left(doc_id, 12) as doc_id, reason, requested_by, requested_at
from retractions
where withdrawn_at is null
order by requested_at desc
