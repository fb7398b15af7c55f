-- Document text and source bytes are most of the file. Stored with zstd they take about a fifth
-- of the space of DuckDB's default string compression and are written faster: every run that
-- writes copies the published file, so its size is what a night costs on a large warehouse.
-- A column's compression is fixed when its table is created, so both tables are rebuilt.
create table documents_zstd (
    doc_id                    varchar primary key,
    source_uri                varchar not null,
    title                     varchar,
    publisher                 varchar,
    language                  varchar,
    published_date            date,
    published_date_precision  varchar,
    dateline_text             varchar,
    body_text                 varchar using compression zstd not null,
    n_bytes                   bigint not null,
    encoding                  varchar not null,
    extractor_version         varchar not null,
    ingested_at               timestamptz not null,
    run_id                    varchar not null,
    prose_extracted           boolean not null default true,
    decode_notes              varchar[] default []
);
insert into documents_zstd by name select * from documents;
drop table documents;
alter table documents_zstd rename to documents;

create table document_sources_zstd (
    doc_id  varchar primary key,
    format  varchar not null,
    raw     blob using compression zstd not null
);
insert into document_sources_zstd by name select * from document_sources;
drop table document_sources;
alter table document_sources_zstd rename to document_sources;
