-- The run that first produced each existing fact of the routes being reconciled.
select f.fact_id, f.first_run
from flight_facts as f
semi join routes as r
    on f.origin_country is not distinct from r.origin_country and f.destination_countries = r.destination_countries and f.status = r.status
