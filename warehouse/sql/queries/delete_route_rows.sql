delete from {table} as t
where exists (
    select 1 from routes as r
    where t.origin_country is not distinct from r.origin_country and t.destination_countries = r.destination_countries and t.status = r.status
)
