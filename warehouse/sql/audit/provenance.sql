-- One row per extracted row of the audited documents: does its evidence equal the document text at its offsets?
-- Each table is filtered to those documents before anything else is read.
with chosen_documents as (
    select doc_id from audited_documents($fresh_after::timestamptz)
),

spans as (
    select 'flight_tables' as table_name, table_id as row_id, doc_id, evidence, char_start, char_end from flight_tables
    where doc_id in (select doc_id from chosen_documents)
    union all
    select 'flight_table_rows', table_id || '/' || row_number, doc_id, evidence, char_start, char_end from flight_table_rows
    where doc_id in (select doc_id from chosen_documents)
    union all
    select 'flight_table_totals', table_id || '#' || total_number, doc_id, evidence, char_start, char_end from flight_table_totals
    where doc_id in (select doc_id from chosen_documents)
    union all
    select 'flight_mentions', mention_id, doc_id, evidence, char_start, char_end from flight_mentions
    where doc_id in (select doc_id from chosen_documents)
),

final as (
    select
        s.table_name,
        s.row_id,
        s.doc_id,
        coalesce(substr(d.body_text, s.char_start + 1, s.char_end - s.char_start) = s.evidence, false) as span_matches
    from spans as s
    left join audited_documents($fresh_after::timestamptz) as d using (doc_id)
)

select * from final
