select doc_id, source_uri, n_bytes, body_text from documents
