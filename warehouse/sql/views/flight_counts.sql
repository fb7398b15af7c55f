-- Every flight count of tables and prose as a route (claim_sources without stated totals), with
-- `ordinal` set when the text numbers one flight ('its third flight'). When one total is broken
-- down several ways (by country, airport, day, departure city, airline), only the first of those
-- breakdowns is kept, so no flight is counted twice within a document. Counts are still repeated
-- across documents: monthly_flights is the reconciled series.
create or replace view flight_counts as
select
    case kind when 'table_row' then 'table_row' else 'mention' end as kind,
    doc_id,
    claim_id as source_id,
    breakdown,
    origin_country,
    destination_countries,
    flights,
    qualifier,
    status,
    period_start,
    period_end,
    evidence,
    char_start,
    char_end,
    ordinal
from claim_sources
where kind <> 'table_total' and breakdown_rank = 1
