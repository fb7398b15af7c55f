-- A row `t` under the fact key `k` (a row of `fact_keys`): every key column equal, a null to a null.
-- Each series table derives a row's undated_on in its own way (loader.KEYED_TABLES).
t.origin_country is not distinct from k.origin_country
and t.destination_countries = k.destination_countries
and t.status = k.status
and t.part is not distinct from k.part
and t.period_start is not distinct from k.period_start
and t.period_end is not distinct from k.period_end
and t.ordinal is not distinct from k.ordinal
and ({undated_on}) is not distinct from k.undated_on
