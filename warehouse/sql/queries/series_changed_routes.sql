-- Routes (origin, destination set, status) whose claims changed since the series was last built:
-- a claim added, removed or different in any column. Only these routes are reconciled again;
-- facts and months never span two routes, so every other route stays as it is.
with now as (
    select
        claim_id, doc_id, kind, breakdown, breakdown_rank, part, origin_country,
        list_sort(list_distinct(destination_countries)) as destination_countries, status, flights, flights_max, qualifier,
        ordinal, passengers, period_start, period_end, evidence, char_start, char_end, source_uri, title, publisher, published_date
    from claim_sources
),

before as (
    select
        claim_id, doc_id, kind, breakdown, breakdown_rank, part, origin_country,
        destination_countries, status, flights, flights_max, qualifier,
        ordinal, passengers, period_start, period_end, evidence, char_start, char_end, source_uri, title, publisher, published_date
    from flight_claims
),

changed as (
    (select * from now except select * from before)
    union all
    (select * from before except select * from now)
)

select distinct origin_country, destination_countries, status from changed
