-- What each source file was when last read, so unchanged files are not read or hashed again.
create table source_files (
    source       varchar not null,
    source_uri   varchar not null,
    n_bytes      bigint not null,
    modified_ns  bigint not null,
    doc_id       varchar not null,
    run_id       varchar not null,
    primary key (source, source_uri)
);
