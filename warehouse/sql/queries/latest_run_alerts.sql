select severity, check_name, table_name, affected_count, message, action
from dq_alerts
where run_id = (select run_id from pipeline_runs order by started_at desc limit 1)
order by case severity when 'critical' then 0 when 'error' then 1 else 2 end, check_name
