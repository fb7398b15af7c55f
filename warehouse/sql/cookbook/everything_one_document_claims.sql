-- Everything one document claims, with evidence: set the document first
-- (set variable source_uri = 'path/of/the/file.txt'); without it, the document with the most claims.
-- Each claim shows its route, status, period, figure and the fact (and month) it supports.
with chosen as (
    select coalesce(
        getvariable('source_uri'),
        (select source_uri from flight_claims group by source_uri order by count(*) desc, source_uri limit 1)
    ) as source_uri
)
select
    c.source_uri,
    c.kind,
    c.origin_country,
    c.destination,
    c.status,
    c.flights,
    c.qualifier,
    c.period_start,
    c.period_end,
    c.part,
    f.chosen as supports_the_kept_figure,
    c.evidence,
    c.char_start,
    c.char_end
from flight_claims as c
join chosen using (source_uri)
left join flight_facts as f using (fact_id)
order by c.char_start
