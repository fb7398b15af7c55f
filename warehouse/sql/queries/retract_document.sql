-- Retract one document: record who, when and why, and take its claims out of the series.
insert into retractions (doc_id, source_uri, reason, requested_by, requested_at, run_id)
values ($doc_id, $source_uri, $reason, $requested_by, $at, $run_id);
update documents set retracted_at = $at where doc_id = $doc_id;
