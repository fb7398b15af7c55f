-- Which extractor refused a document at the extraction stage: a document stopped past its time budget
-- (reason too_slow) is not tried again until the extractor's version changes.
alter table quarantine add column extractor_version varchar;
