select table_id, row_number, doc_id, unnest(countries) as country
from flight_table_rows
semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
