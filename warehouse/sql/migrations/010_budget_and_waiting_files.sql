-- Which extractor refused a document at the extraction stage: a document stopped past its time budget
-- (reason too_slow) is not tried again until the extractor's version changes.
alter table quarantine add column extractor_version varchar;
-- Files left for a later run because they were still being written.
alter table pipeline_runs add column docs_waiting bigint default 0;
