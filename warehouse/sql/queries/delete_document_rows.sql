delete from flight_table_totals where doc_id in (select unnest($doc_ids::varchar[]));
delete from flight_table_rows where doc_id in (select unnest($doc_ids::varchar[]));
delete from flight_tables where doc_id in (select unnest($doc_ids::varchar[]));
delete from flight_mentions where doc_id in (select unnest($doc_ids::varchar[]));
delete from document_sources where doc_id in (select unnest($doc_ids::varchar[]));
delete from documents where doc_id in (select unnest($doc_ids::varchar[]))
