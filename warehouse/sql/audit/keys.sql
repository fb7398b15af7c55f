-- Invariants over whole tables, cheap however large the warehouse: no key appears twice.
select 'documents' as table_name, count(*) - count(distinct doc_id) as duplicate_keys from documents
union all
select 'flight_tables', count(*) - count(distinct table_id) from flight_tables
union all
select 'flight_table_rows', count(*) - count(distinct (table_id, row_number)) from flight_table_rows
union all
select 'flight_mentions', count(*) - count(distinct mention_id) from flight_mentions
union all
select 'flight_claims', count(*) - count(distinct claim_id) from flight_claims
union all
select 'flight_facts', count(*) - count(distinct fact_id) from flight_facts
