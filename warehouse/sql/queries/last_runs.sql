select run_id, status, started_at, docs_seen, docs_new, docs_known, docs_quarantined, docs_reextracted, rows_loaded, rows_rejected,
       alerts, notification
from pipeline_runs
order by started_at desc
limit $runs
