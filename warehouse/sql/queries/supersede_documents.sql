-- The documents read before from the paths of the batch's new documents: superseded by the newest
-- document of each path, as of the run's start. Returns how many were superseded.
update documents as old
set superseded_by = new.doc_id, superseded_at = $at
from (select doc_id, source_uri from documents where doc_id in (select unnest($doc_ids))) as new
where old.source_uri = new.source_uri and old.doc_id <> new.doc_id and old.superseded_by is null
  and old.doc_id not in (select unnest($doc_ids))
