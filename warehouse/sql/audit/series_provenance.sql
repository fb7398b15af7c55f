select s.doc_id, s.figure, d.doc_id is not null as document_exists
from (
    select unnest(doc_ids) as doc_id, 'monthly_flights' as figure from monthly_flights
    union all
    select unnest(doc_ids), 'flight_facts' from flight_facts
) as s
left join documents as d on d.doc_id = s.doc_id
