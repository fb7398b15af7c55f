-- Withdraw a document's retraction in force: its claims return to the series; the retraction stays on record.
update retractions set withdrawn_at = $at, withdrawn_run_id = $run_id where doc_id = $doc_id and withdrawn_at is null;
update documents set retracted_at = null where doc_id = $doc_id;
