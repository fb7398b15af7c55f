with row_sums as (
    select table_id, sum(flights)::bigint as sum_of_rows
    from flight_table_rows
    semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
    group by table_id
),

final as (
    select
        t.table_id,
        t.doc_id,
        t.origin_country,
        t.destination_country,
        t.row_role,
        t.rows_total,
        coalesce(s.sum_of_rows, 0) as sum_of_rows,
        d.doc_id is not null as document_exists
    from flight_tables as t
    semi join audited_documents($fresh_after::timestamptz) as a using (doc_id)
    left join row_sums as s using (table_id)
    left join documents as d on d.doc_id = t.doc_id
)

select * from final
