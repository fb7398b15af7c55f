-- This run's new documents that state no full publication date.
select doc_id, source_uri, dateline_text, title from documents where run_id = $run_id and published_date is null order by source_uri
