select r.table_id, r.row_number, r.doc_id, r.flights, t.table_id is not null as table_exists
from flight_table_rows as r
semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
left join flight_tables as t using (table_id)
