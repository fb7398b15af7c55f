-- One row per extracted row of the audited documents: does its evidence equal the document text at its offsets?
with spans as (
    select 'flight_tables' as table_name, table_id as row_id, doc_id, evidence, char_start, char_end from flight_tables
    union all
    select 'flight_table_rows', table_id || '/' || row_number, doc_id, evidence, char_start, char_end from flight_table_rows
    union all
    select 'flight_table_totals', table_id || '#' || total_number, doc_id, evidence, char_start, char_end from flight_table_totals
    union all
    select 'flight_mentions', mention_id, doc_id, evidence, char_start, char_end from flight_mentions
),

final as (
    select
        s.table_name,
        s.row_id,
        s.doc_id,
        coalesce(substr(d.body_text, s.char_start + 1, s.char_end - s.char_start) = s.evidence, false) as span_matches
    from spans as s
    semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
    left join documents as d using (doc_id)
)

select * from final
