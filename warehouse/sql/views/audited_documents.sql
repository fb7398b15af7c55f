-- The documents a run's audit looks at: those loaded from `since` on (the run's own), or every
-- document when `since` is null (a run that loaded nothing new, such as a reprocessing run). Their rows
-- are read through ingested_at, which grows with every load, so a night skips the older blocks. A document
-- a run superseded (a new version of its file) is the run's too: its claims leave the series that night.
create or replace macro audited_documents(since) as table
select * from documents where since is null or ingested_at >= since or superseded_at >= since
