-- Documents an analyst retracted (flightwatch retract): kept on record with who, when and why; a
-- retracted document's claims leave the series until the retraction is withdrawn (--undo).
create table retractions (
    doc_id           varchar not null,
    source_uri       varchar not null,
    reason           varchar not null,
    requested_by     varchar,
    requested_at     timestamptz not null,
    run_id           varchar not null,
    withdrawn_at     timestamptz,
    withdrawn_run_id varchar
);
alter table documents add column retracted_at timestamptz;
