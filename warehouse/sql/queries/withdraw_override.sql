-- Withdraw an analyst's figure in force: the sources' figure returns; the override stays on record.
update overrides set withdrawn_at = $at, withdrawn_run_id = $run_id where override_id = $override_id and withdrawn_at is null
