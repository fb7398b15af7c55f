-- Content already handled: loaded documents and files quarantined before.
select doc_id from documents
union
select doc_id from quarantine where doc_id is not null
