-- Line lists of every shape: a table says what it breaks a total down by and which total it shares
-- with its sibling breakdowns; a row carries its own route, status and period.
alter table flight_tables add column breakdown varchar not null default 'country';
alter table flight_tables add column status varchar;
alter table flight_tables add column total_group varchar;
alter table flight_table_rows add column breakdown varchar not null default 'country';
alter table flight_table_rows add column origin_country varchar;
alter table flight_table_rows add column destination_countries varchar[] not null default []::varchar[];
alter table flight_table_rows add column status varchar;
alter table flight_table_rows add column period_start date;
alter table flight_table_rows add column period_end date;
