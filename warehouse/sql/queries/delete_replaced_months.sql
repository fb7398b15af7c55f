-- The monthly figures a reconciliation recomputed (registered as `replaced_months`): the months of
-- each route its changed facts can reach. The route's other months stay as they are.
delete from monthly_flights as t
where exists (
    select 1 from replaced_months as r
    where t.origin_country is not distinct from r.origin_country
      and t.destination_countries = r.destination_countries
      and t.status = r.status
      and t.month = r.month
)
