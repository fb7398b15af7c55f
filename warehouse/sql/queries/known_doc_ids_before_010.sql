-- Content already handled, in a file from before migration 010 (no quarantine row can be too_slow there).
select doc_id from documents
union
select doc_id from quarantine where doc_id is not null
