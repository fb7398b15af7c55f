-- Every total the text states for a list: the overall one, and one per origin when a receiving
-- country's schedule says "10 flights: 8 from the United States and 2 from Mexico".
create table flight_table_totals (
    table_id        varchar not null,
    total_number    bigint not null,
    doc_id          varchar not null,
    origin_country  varchar,
    flights         bigint not null,
    evidence        varchar not null,
    char_start      bigint not null,
    char_end        bigint not null,
    primary key (table_id, total_number)
);
