select doc_id, run_id, ingested_at from documents where doc_id in (select unnest($doc_ids::varchar[]))
