-- The fact keys a run may have changed: those of the claims of the documents it loaded (the
-- macro audited_documents; every document when $since is null), as the view states them now and
-- as the series holds them from before. Facts never span two keys, so the rest stays as it is.
with touched as (
    select doc_id from audited_documents($since::timestamptz)
),

now as (
    select
        origin_country, list_sort(list_distinct(destination_countries)) as destination_countries, status, part,
        period_start, period_end, ordinal,
        case when period_start is null and period_end is null then published_date end as undated_on
    from document_claims($since::timestamptz)
),

before as (
    select
        origin_country, destination_countries, status, part, period_start, period_end, ordinal,
        case when period_start is null and period_end is null then published_date end as undated_on
    from flight_claims
    semi join touched using (doc_id)
)

select * from now
union
select * from before
