-- This run's quarantined files, leaving out a file refused before for the same reason (nothing new to say).
select q.source_uri, q.doc_id, q.stage, q.reason, q.detail
from quarantine as q
where q.run_id = $run_id
  and not exists (
      select 1 from quarantine as earlier
      where earlier.run_id <> q.run_id and earlier.doc_id = q.doc_id and earlier.reason = q.reason
        and earlier.detail is not distinct from q.detail
  )
order by q.source_uri
