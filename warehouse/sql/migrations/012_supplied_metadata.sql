-- What came with a document (transforms/supplied.py): its original address, when it was fetched,
-- and where its publication date came from (the text, the supplied metadata, or the address).
alter table documents add column url varchar;
alter table documents add column fetched_at timestamptz;
alter table documents add column published_date_source varchar;
