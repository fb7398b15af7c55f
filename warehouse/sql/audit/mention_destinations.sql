select mention_id, doc_id, unnest(destination_countries) as country
from flight_mentions
semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
