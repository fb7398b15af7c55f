select m.mention_id, m.doc_id, m.flights, m.qualifier, m.status, m.origin_country, d.doc_id is not null as document_exists
from flight_mentions as m
semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
left join documents as d on d.doc_id = m.doc_id
