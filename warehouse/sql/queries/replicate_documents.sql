-- Copies of every document and its rows under new identities (sha256 of the doc_id and the copy
-- number): a large warehouse built in seconds for the benchmark's night into a full warehouse.
create temp table copy_numbers as select range as copy from range(1, {copies} + 1);
create temp table renamed as select d.doc_id as old_id, c.copy, sha256(d.doc_id || ':' || c.copy) as new_id from documents as d, copy_numbers as c;
insert into documents by name
select d.* replace (r.new_id as doc_id, d.source_uri || '#copy' || r.copy as source_uri)
from documents as d join renamed as r on r.old_id = d.doc_id;
insert into document_sources by name
select s.* replace (r.new_id as doc_id) from document_sources as s join renamed as r on r.old_id = s.doc_id;
insert into flight_tables by name
select t.* replace (r.new_id as doc_id, r.new_id || substr(t.table_id, 65) as table_id,
                  case when t.total_group is null then null else r.new_id || substr(t.total_group, 65) end as total_group)
from flight_tables as t join renamed as r on r.old_id = t.doc_id;
insert into flight_table_rows by name
select t.* replace (r.new_id as doc_id, r.new_id || substr(t.table_id, 65) as table_id)
from flight_table_rows as t join renamed as r on r.old_id = t.doc_id;
insert into flight_table_totals by name
select t.* replace (r.new_id as doc_id, r.new_id || substr(t.table_id, 65) as table_id)
from flight_table_totals as t join renamed as r on r.old_id = t.doc_id;
insert into flight_mentions by name
select m.* replace (r.new_id as doc_id, r.new_id || substr(m.mention_id, 65) as mention_id)
from flight_mentions as m join renamed as r on r.old_id = m.doc_id;
drop table renamed;
drop table copy_numbers;
