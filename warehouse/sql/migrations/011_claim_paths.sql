-- The path of steps that produced each row, total and mention, and each claim's confidence: the
-- measured precision of its path (transforms/confidence.py). Rows extracted before have no path.
alter table flight_table_rows add column path varchar;
alter table flight_table_totals add column path varchar;
alter table flight_mentions add column path varchar;
alter table flight_claims add column path varchar;
alter table flight_claims add column confidence double;
