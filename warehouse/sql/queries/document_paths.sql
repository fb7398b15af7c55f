select doc_id, source_uri from documents where doc_id in (select unnest($doc_ids::varchar[]))
