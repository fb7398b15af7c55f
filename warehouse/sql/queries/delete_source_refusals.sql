delete from source_refusals where source = $source and source_uri in (select unnest($source_uris::varchar[]))
