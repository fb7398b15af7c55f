select fact_id, first_run from flight_facts
