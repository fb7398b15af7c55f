-- The facts of the routes being reconciled, with the run that first produced each: those of the
-- fact keys being rebuilt lend their first run, the others their whole row (months need them).
select f.*, k.status is not null as rebuilt
from flight_facts as f
semi join (select distinct origin_country, destination_countries, status from fact_keys) as r
    on f.origin_country is not distinct from r.origin_country and f.destination_countries = r.destination_countries and f.status = r.status
left join fact_keys as k
    on f.origin_country is not distinct from k.origin_country
    and f.destination_countries = k.destination_countries
    and f.status = k.status
    and f.part is not distinct from k.part
    and f.period_start is not distinct from k.period_start
    and f.period_end is not distinct from k.period_end
    and f.ordinal is not distinct from k.ordinal
    and (case when f.period_grain = 'none' then f.first_reported end) is not distinct from k.undated_on
