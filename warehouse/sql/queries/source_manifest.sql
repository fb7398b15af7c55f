-- The files of one source folder as last read, less the documents stopped past their time budget by
-- another extractor version: those are read again.
select f.source_uri, f.n_bytes, f.modified_ns, f.doc_id
from source_files as f
where f.source = $source
  and not exists (
      select 1 from quarantine as q
      where q.doc_id = f.doc_id and q.reason = 'too_slow' and q.extractor_version is distinct from $extractor_version
  )
