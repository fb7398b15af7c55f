-- Content already handled: loaded documents and files quarantined before, except a document stopped past its
-- time budget by another extractor version (a new extractor tries it again).
select doc_id from documents
union
select doc_id from quarantine
where doc_id is not null and (reason <> 'too_slow' or extractor_version is not distinct from $extractor_version)
