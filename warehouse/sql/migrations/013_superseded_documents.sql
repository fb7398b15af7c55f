-- A new version of a file (new bytes at the same path) supersedes the document read from it before:
-- the old one stays on record, its claims leave the series. docs_updated counts them per run.
alter table documents add column superseded_by varchar;
alter table documents add column superseded_at timestamptz;
alter table pipeline_runs add column docs_updated bigint default 0;
