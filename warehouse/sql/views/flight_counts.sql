-- Every flight count in one route-shaped form (ordinal set when the text numbers one flight, 'its third flight'): table rows with their own route, status and period,
-- and prose mentions as they are. When one total is broken down several ways (by country, airport,
-- departure city, airline), only one breakdown is kept, so no flight is counted twice: the first of
-- country, airport, day, departure, airline. Rows loaded before rows carried their own route fall
-- back to their table's row_role.
create or replace view flight_counts as
with ranked_tables as (
    select
        *,
        row_number() over (
            partition by coalesce(total_group, table_id)
            order by
                case breakdown
                    when 'country' then 1 when 'airport' then 2 when 'day' then 3 when 'departure' then 4 else 5
                end,
                table_id
        ) as breakdown_rank
    from flight_tables
),

table_rows as (
    select
        'table_row' as kind,
        t.doc_id,
        r.table_id || '/' || r.row_number as source_id,
        r.breakdown,
        coalesce(
            r.origin_country,
            case when t.row_role = 'destination' then t.origin_country
                 when len(r.countries) = 1 then r.countries[1] end
        ) as origin_country,
        case when len(r.destination_countries) > 0 then r.destination_countries
             when t.row_role = 'destination' then r.countries
             when t.destination_country is not null then [t.destination_country]
             else []::varchar[] end as destination_countries,
        r.flights,
        'exact' as qualifier,
        coalesce(r.status, t.status, 'completed') as status,
        coalesce(r.period_start, t.period_start) as period_start,
        coalesce(r.period_end, t.period_end) as period_end,
        r.evidence,
        r.char_start,
        r.char_end,
        null::bigint as ordinal
    from flight_table_rows as r
    join ranked_tables as t using (table_id)
    where t.breakdown_rank = 1
),

mentions as (
    select
        'mention' as kind,
        doc_id,
        mention_id as source_id,
        null::varchar as breakdown,
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
    from flight_mentions
),

final as (
    select * from table_rows
    union all by name
    select * from mentions
)

select * from final
