select f.doc_id, d.source_uri, f.table_name, f.check_name, f.column_name, f.failure_value, f.loaded
from validation_failures as f
left join documents as d using (doc_id)
where f.run_id = $run_id and f.check_name <> 'parent_rejected'
order by f.table_name, f.check_name, d.source_uri
