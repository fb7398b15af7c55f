-- Every claim of the fact keys being reconciled (registered as `fact_keys`): those of the run's
-- documents (audited_documents) as their rows state them now, and the others as flight_claims
-- holds them: a document the run did not load had its claims reconciled the night it was loaded.
-- With $since null every claim is read from the documents' rows. `stored` marks the rows read
-- from flight_claims: what the table holds, so a claim reconciled to the same row needs no rewrite.
-- The keys are matched first on the key columns alone; only the matching rows of flight_claims are
-- then read whole (by rowid), not every column of every claim. flight_claims stores
-- destination_countries sorted and distinct, so its keys compare as they are.
with run_claims as (
    select * from document_claims($since::timestamptz)
),

claim_keys as (
    select
        claim_id, null::bigint as stored_row, origin_country, list_sort(list_distinct(destination_countries)) as destination_countries,
        status, part, period_start, period_end, ordinal, published_date
    from run_claims
    union all
    select
        null, rowid, origin_country, destination_countries,
        status, part, period_start, period_end, ordinal, published_date
    from flight_claims
    where $since::timestamptz is not null and doc_id not in (select doc_id from audited_documents($since::timestamptz))
),

wanted as (
    select t.claim_id, t.stored_row
    from claim_keys as t
    semi join fact_keys as k on {fact_key_match}
)

select *, false as stored from run_claims where claim_id in (select claim_id from wanted)
union all by name
select *, true as stored from flight_claims where rowid in (select stored_row from wanted)
order by claim_id
