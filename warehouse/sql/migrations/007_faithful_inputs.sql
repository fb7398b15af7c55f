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
-- One spelling per codec, as transforms.decode.encoding_name writes it.
update documents set encoding = case lower(replace(encoding, '-', '_'))
    when 'utf_8' then 'utf-8' when 'utf8' then 'utf-8' when 'utf_8_sig' then 'utf-8-sig'
    when 'utf_16' then 'utf-16' when 'utf_32' then 'utf-32'
    when 'latin_1' then 'iso8859-1' when 'iso_8859_1' then 'iso8859-1' when 'mac_roman' then 'mac-roman'
    else lower(replace(encoding, '_', '-')) end;
