-- The files of one source folder as last read, in a file from before migration 010.
select source_uri, n_bytes, modified_ns, doc_id from source_files where source = $source
