select source_uri, n_bytes, modified_ns, doc_id from source_files where source = $source
