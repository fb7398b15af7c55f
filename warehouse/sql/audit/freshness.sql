-- When the run loaded new documents, the newest ingested_at must be this run's.
select coalesce(max(ingested_at) >= $fresh_after::timestamptz, true) as fresh from documents
