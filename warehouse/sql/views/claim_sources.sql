-- Every flight count the documents state, in one form, before reconciliation: table rows (every
-- breakdown; rows that split one total by airport, departure city or airline carry that split as
-- `part`), the totals stated for tables, and prose mentions, each with its document's publisher,
-- publication date and path. transforms/reconcile.py reads these rows to build flight_claims.
--
-- document_claims(since) gives the claims of the documents audited_documents(since) returns (the
-- run's own), reading only their rows; the view claim_sources gives every document's.
create or replace macro document_claims(since) as table
with chosen_documents as (
    select doc_id from audited_documents(since)
),

ranked_tables as (
    select
        *,
        row_number() over (
            partition by coalesce(total_group, table_id)
            order by
                case breakdown
                    when 'country' then 1 when 'airport' then 2 when 'day' then 3 when 'month' then 3 when 'departure' then 4 else 5
                end,
                table_id
        ) as breakdown_rank
    from flight_tables
    semi join chosen_documents using (doc_id)
),

table_rows as (
    select
        r.table_id || '/' || r.row_number as claim_id,
        r.doc_id,
        'table_row' as kind,
        r.breakdown,
        t.breakdown_rank,
        -- an "other countries" row names no country: a part of the whole, never the whole the list's total is over
        case when r.breakdown in ('airport', 'departure', 'airline') then r.breakdown || ': ' || r.label
             when r.breakdown = 'country' and len(r.countries) = 0 then 'other: ' || r.label end as part,
        coalesce(
            r.origin_country,
            case when t.row_role = 'destination' then t.origin_country
                 when len(r.countries) = 1 then r.countries[1] end
        ) as origin_country,
        case when len(r.destination_countries) > 0 then r.destination_countries
             when t.row_role = 'destination' then r.countries
             when t.destination_country is not null then [t.destination_country]
             else []::varchar[] end as destination_countries,
        coalesce(r.status, t.status, 'completed') as status,
        r.flights,
        null::bigint as flights_max,
        'exact' as qualifier,
        null::bigint as ordinal,
        null::bigint as passengers,
        coalesce(r.period_start, t.period_start) as period_start,
        coalesce(r.period_end, t.period_end) as period_end,
        r.evidence,
        r.char_start,
        r.char_end,
        r.path
    from flight_table_rows as r
    join ranked_tables as t using (table_id)
),

table_totals as (
    select
        s.table_id || '/total' || s.total_number as claim_id,
        s.doc_id,
        'table_total' as kind,
        null::varchar as breakdown,
        1::bigint as breakdown_rank,
        null::varchar as part,
        s.origin_country,
        case when t.destination_country is not null then [t.destination_country] else []::varchar[] end as destination_countries,
        coalesce(t.status, 'completed') as status,
        s.flights,
        null::bigint as flights_max,
        'exact' as qualifier,
        null::bigint as ordinal,
        null::bigint as passengers,
        t.period_start,
        t.period_end,
        s.evidence,
        s.char_start,
        s.char_end,
        s.path
    from flight_table_totals as s
    join ranked_tables as t using (table_id)
),

mentions as (
    select
        mention_id as claim_id,
        doc_id,
        'mention' as kind,
        null::varchar as breakdown,
        1::bigint as breakdown_rank,
        null::varchar as part,
        origin_country,
        destination_countries,
        status,
        flights,
        flights_max,
        qualifier,
        ordinal,
        passengers,
        period_start,
        period_end,
        evidence,
        char_start,
        char_end,
        path
    from flight_mentions
    semi join chosen_documents using (doc_id)
),

claims as (
    select * from table_rows
    union all by name
    select * from table_totals
    union all by name
    select * from mentions
)

select
    c.*,
    d.source_uri,
    d.title,
    d.publisher,
    d.published_date
from claims as c
join documents as d using (doc_id)
-- a document superseded by a newer version of its file, or retracted by an analyst, states nothing any more
where d.superseded_by is null and d.retracted_at is null;

create or replace view claim_sources as
select * from document_claims(null)
