-- When the warehouse last took in a new document (null when it holds none).
select max(ingested_at) from documents
