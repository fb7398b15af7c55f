-- Delete the rows of {table} under the fact keys being reconciled (registered as `fact_keys`),
-- but those the reconciliation reproduced as they are (registered as `unchanged_rows`). The keys
-- are matched on the key columns alone; the rows are then deleted by rowid.
delete from {table}
where rowid in (
    select t.rowid
    from {table} as t
    semi join fact_keys as k on {fact_key_match}
)
and {id_column} not in (select {id_column} from unchanged_rows)
