-- This run's failed checks, leaving out a failure an earlier run already recorded for the same document and value.
select f.doc_id, d.source_uri, f.table_name, f.check_name, f.column_name, f.failure_value, f.loaded, f.row_json
from validation_failures as f
left join documents as d using (doc_id)
where f.run_id = $run_id and f.check_name <> 'parent_rejected'
  and not exists (
      select 1 from validation_failures as earlier
      where earlier.run_id <> f.run_id and earlier.doc_id = f.doc_id and earlier.table_name = f.table_name
        and earlier.check_name = f.check_name and earlier.failure_value is not distinct from f.failure_value
  )
order by f.table_name, f.check_name, d.source_uri
