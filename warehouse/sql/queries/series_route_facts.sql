-- The facts of the routes being reconciled, with the run that first produced each: those of the
-- fact keys being rebuilt lend their first run, the others their whole row (months need them).
select t.*, k.status is not null as rebuilt
from flight_facts as t
semi join (select distinct origin_country, destination_countries, status from fact_keys) as r
    on t.origin_country is not distinct from r.origin_country and t.destination_countries = r.destination_countries and t.status = r.status
left join fact_keys as k on {fact_key_match}
