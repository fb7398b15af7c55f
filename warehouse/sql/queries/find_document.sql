-- The documents a reference names: its doc_id, a doc_id prefix, or its source path.
select doc_id, source_uri, retracted_at from documents
where doc_id = $reference or source_uri = $reference or (length($reference) >= 8 and starts_with(doc_id, lower($reference)))
order by ingested_at
