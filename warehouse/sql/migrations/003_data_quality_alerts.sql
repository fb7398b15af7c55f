-- Data-quality alerts, and where each run's audit report is and whether its message went out.
create table dq_alerts (
    alert_id        varchar primary key,
    run_id          varchar not null,
    severity        varchar not null,
    check_name      varchar not null,
    table_name      varchar not null,
    affected_count  bigint not null,
    sample_values   varchar[] not null,
    doc_ids         varchar[] not null,
    source_uris     varchar[] not null,
    query           varchar not null,
    message         varchar not null,
    raised_at       timestamptz not null,
    notified        boolean not null
);
alter table pipeline_runs add column data_docs_index varchar;
alter table pipeline_runs add column notification varchar;
