-- The analyst contract: documents, flight tables and their rows, prose mentions, and the
-- pipeline's own bookkeeping. Column meanings live in schemas/models.py (published as COMMENT ON).

create table documents (
    doc_id                    varchar primary key,
    source_uri                varchar not null,
    title                     varchar,
    publisher                 varchar,
    language                  varchar,
    published_date            date,
    published_date_precision  varchar,
    dateline_text             varchar,
    body_text                 varchar not null,
    n_bytes                   bigint not null,
    encoding                  varchar not null,
    extractor_version         varchar not null,
    ingested_at               timestamptz not null,
    run_id                    varchar not null
);

create table flight_tables (
    table_id             varchar primary key,
    doc_id               varchar not null,
    origin_country       varchar,
    destination_country  varchar,
    row_role             varchar not null,
    period_start         date,
    period_end           date,
    period_precision     varchar,
    stated_total         bigint,
    rows_total           bigint not null,
    n_rows               bigint not null,
    intro_text           varchar,
    evidence             varchar not null,
    char_start           bigint not null,
    char_end             bigint not null,
    extractor_version    varchar not null
);

create table flight_table_rows (
    table_id    varchar not null,
    row_number  bigint not null,
    doc_id      varchar not null,
    label       varchar not null,
    countries   varchar[] not null,
    flights     bigint not null,
    evidence    varchar not null,
    char_start  bigint not null,
    char_end    bigint not null,
    primary key (table_id, row_number)
);

create table flight_mentions (
    mention_id             varchar primary key,
    doc_id                 varchar not null,
    flights                bigint not null,
    flights_max            bigint,
    qualifier              varchar not null,
    ordinal                bigint,
    origin_country         varchar,
    destination_countries  varchar[] not null,
    status                 varchar not null,
    passengers             bigint,
    passengers_per_flight  bigint,
    period_start           date,
    period_end             date,
    period_precision       varchar,
    evidence               varchar not null,
    char_start             bigint not null,
    char_end               bigint not null,
    extractor_version      varchar not null
);

create table quarantine (
    run_id          varchar not null,
    source_uri      varchar not null,
    doc_id          varchar,
    stage           varchar not null,
    reason          varchar not null,
    detail          varchar,
    n_bytes         bigint,
    quarantined_at  timestamptz not null
);

create table validation_failures (
    run_id         varchar not null,
    doc_id         varchar,
    table_name     varchar not null,
    check_name     varchar not null,
    column_name    varchar,
    failure_value  varchar,
    row_json       varchar not null,
    loaded         boolean not null,
    recorded_at    timestamptz not null
);

create table pipeline_runs (
    run_id             varchar primary key,
    started_at         timestamptz not null,
    finished_at        timestamptz,
    status             varchar not null,
    source             varchar not null,
    docs_seen          bigint not null,
    docs_new           bigint not null,
    docs_known         bigint not null,
    docs_quarantined   bigint not null,
    rows_loaded        bigint not null,
    rows_rejected      bigint not null,
    alerts             bigint not null,
    extractor_version  varchar not null
);
