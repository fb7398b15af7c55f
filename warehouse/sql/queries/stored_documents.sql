-- Every stored document with what it was read from: its original bytes when kept, else its article
-- text, with the metadata stored beside it (which plain text alone may no longer give).
select
    d.doc_id, d.source_uri, d.n_bytes,
    coalesce(s.raw, d.body_text::blob) as raw,
    coalesce(s.format, $text_format) as format,
    null::varchar as supplied,
    d.title, d.publisher, d.language, d.published_date, d.published_date_precision, d.dateline_text,
    d.url, d.fetched_at, d.published_date_source
from documents as d
left join document_sources as s using (doc_id)
