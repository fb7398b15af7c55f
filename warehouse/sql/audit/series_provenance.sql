-- Every document a monthly figure cites exists (the facts' own lists are checked through their claims).
select s.doc_id, d.doc_id is not null as document_exists
from (select unnest(doc_ids) as doc_id from monthly_flights) as s
left join documents as d on d.doc_id = s.doc_id
