-- What decoding repaired or guessed, the original bytes of every document (so reprocessing
-- reads what the first run read), refusals of source paths that are known and unchanged,
-- and re-extraction accounting.
alter table documents add column decode_notes varchar[] default [];
update documents set decode_notes = [] where decode_notes is null;
create table document_sources (
    doc_id  varchar primary key,
    format  varchar not null,
    raw     blob not null
);
create table source_refusals (
    source       varchar not null,
    source_uri   varchar not null,
    reason       varchar not null,
    detail       varchar,
    n_bytes      bigint,
    modified_ns  bigint,
    run_id       varchar not null,
    primary key (source, source_uri)
);
alter table pipeline_runs add column docs_known_refused bigint default 0;
alter table pipeline_runs add column docs_reextracted bigint default 0;
alter table dq_alerts add column action varchar;
