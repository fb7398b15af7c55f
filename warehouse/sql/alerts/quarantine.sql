select source_uri, doc_id, stage, reason, detail from quarantine where run_id = {run_id} and reason = {check} order by source_uri;
