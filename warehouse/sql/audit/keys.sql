-- No key appears twice. A night checks the keys of what it wrote (the rows of the documents it
-- loaded, the claims of those documents and their facts) against the whole table: one column is
-- scanned for those keys, with no distinct count over a large table. With $fresh_after null every
-- key of every table is checked.
with chosen_documents as (
    select doc_id from audited_documents($fresh_after::timestamptz)
),

chosen_tables as (
    select table_id from flight_tables where doc_id in (select doc_id from chosen_documents)
),

chosen_claims as (
    select claim_id, fact_id from flight_claims where doc_id in (select doc_id from chosen_documents)
)

select 'documents' as table_name, count(*) - count(distinct doc_id) as duplicate_keys
from documents where doc_id in (select doc_id from chosen_documents)
union all
select 'flight_tables', count(*) - count(distinct table_id)
from flight_tables where table_id in (select table_id from chosen_tables)
union all
select 'flight_table_rows', count(*) - count(distinct (table_id, row_number))
from flight_table_rows where table_id in (select table_id from chosen_tables)
union all
select 'flight_mentions', count(*) - count(distinct mention_id)
from flight_mentions where mention_id in (select mention_id from flight_mentions where doc_id in (select doc_id from chosen_documents))
union all
select 'flight_claims', count(*) - count(distinct claim_id)
from flight_claims where claim_id in (select claim_id from chosen_claims)
union all
select 'flight_facts', count(*) - count(distinct fact_id)
from flight_facts where $fresh_after::timestamptz is null or fact_id in (select fact_id from chosen_claims)
