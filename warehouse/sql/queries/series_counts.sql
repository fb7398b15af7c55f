select
    (select count(*) from flight_claims) as flight_claims,
    (select count(*) from flight_facts) as flight_facts,
    (select count(*) from monthly_flights) as monthly_flights,
    (select count(distinct conflict_group) from flight_facts) as conflicts
