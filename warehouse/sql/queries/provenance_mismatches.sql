-- Rows whose evidence is not exactly the text at their offsets in the document: must be none.
with spans as (
    select 'flight_tables' as table_name, table_id as row_id, doc_id, evidence, char_start, char_end from flight_tables
    union all
    select 'flight_table_rows', table_id || '/' || row_number, doc_id, evidence, char_start, char_end from flight_table_rows
    union all
    select 'flight_mentions', mention_id, doc_id, evidence, char_start, char_end from flight_mentions
),

final as (
    select s.table_name, s.row_id, s.doc_id
    from spans as s
    left join documents as d using (doc_id)
    where d.doc_id is null
       or substr(d.body_text, s.char_start + 1, s.char_end - s.char_start) is distinct from s.evidence
)

select * from final
