-- Every claim of the fact keys being reconciled (registered as `fact_keys`).
select c.*
from claim_sources as c
semi join fact_keys as k
    on c.origin_country is not distinct from k.origin_country
    and list_sort(list_distinct(c.destination_countries)) = k.destination_countries
    and c.status = k.status
    and c.part is not distinct from k.part
    and c.period_start is not distinct from k.period_start
    and c.period_end is not distinct from k.period_end
    and c.ordinal is not distinct from k.ordinal
    and (case when c.period_start is null and c.period_end is null then c.published_date end) is not distinct from k.undated_on
order by c.claim_id
