-- Delete the rows of {table} under the fact keys being reconciled (registered as `fact_keys`),
-- but those the reconciliation reproduced as they are (registered as `unchanged_rows`). The keys
-- are matched on the key columns alone; the rows are then deleted by rowid.
delete from {table}
where rowid in (
    select t.rowid
    from {table} as t
    semi join fact_keys as k
        on t.origin_country is not distinct from k.origin_country
        and t.destination_countries = k.destination_countries
        and t.status = k.status
        and t.part is not distinct from k.part
        and t.period_start is not distinct from k.period_start
        and t.period_end is not distinct from k.period_end
        and t.ordinal is not distinct from k.ordinal
        and ({undated_on}) is not distinct from k.undated_on
)
and {id_column} not in (select {id_column} from unchanged_rows)
