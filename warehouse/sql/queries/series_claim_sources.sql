select * from claim_sources order by claim_id
