-- Every flight count in one route-shaped form: table rows resolved through their table's
-- row_role, and prose mentions as they are.
create or replace view flight_counts as
with table_rows as (
    select
        'table_row' as kind,
        t.doc_id,
        r.table_id || '/' || r.row_number as source_id,
        case when t.row_role = 'destination' then t.origin_country
             when len(r.countries) = 1 then r.countries[1] end as origin_country,
        case when t.row_role = 'destination' then r.countries
             when t.destination_country is not null then [t.destination_country]
             else []::varchar[] end as destination_countries,
        r.flights,
        'exact' as qualifier,
        'completed' as status,
        t.period_start,
        t.period_end,
        r.evidence,
        r.char_start,
        r.char_end
    from flight_table_rows as r
    join flight_tables as t using (table_id)
),

mentions as (
    select
        'mention' as kind,
        doc_id,
        mention_id as source_id,
        origin_country,
        destination_countries,
        flights,
        qualifier,
        status,
        period_start,
        period_end,
        evidence,
        char_start,
        char_end
    from flight_mentions
),

final as (
    select * from table_rows
    union all by name
    select * from mentions
)

select * from final
