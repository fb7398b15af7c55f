delete from {table} as t
where exists (
    select 1 from (select distinct origin_country, destination_countries, status from fact_keys) as r
    where t.origin_country is not distinct from r.origin_country and t.destination_countries = r.destination_countries and t.status = r.status
)
