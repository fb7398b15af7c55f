-- The claims of the routes being reconciled (registered as `routes`).
select c.*
from claim_sources as c
semi join routes as r
    on c.origin_country is not distinct from r.origin_country
    and list_sort(list_distinct(c.destination_countries)) = r.destination_countries
    and c.status = r.status
order by c.claim_id
