delete from source_files where source = $source and source_uri in (select unnest($source_uris::varchar[]))
