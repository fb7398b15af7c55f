-- Monthly figures this run wrote that fall or rise far outside their route's recent range: the
-- median of the route's last six fully covered months before (at least three of them). Far means
-- more than twice the median plus ten, or less than a quarter of a median of eight or more. Partial
-- months are never compared. One row per figure, with its documents and those of the months before.
with written as (
    select * from monthly_flights
    where status = 'completed' and destination <> '*' and days_covered = day(last_day(month)) and flights is not null
      and (origin_country, destination, month) in (
          select (origin_country, destination, month) from monthly_flights_history where valid_from_run = $run_id)
),

recent as (
    select
        w.origin_country, w.destination, w.month,
        median(p.flights) as recent_median, min(p.flights) as recent_low, max(p.flights) as recent_high, count(*) as months,
        list_distinct(flatten(list(p.doc_ids))) as recent_doc_ids
    from written as w
    join monthly_flights as p
        on p.origin_country is not distinct from w.origin_country and p.destination = w.destination and p.status = 'completed'
        and p.month < w.month and p.month >= w.month - interval 6 month
        and p.days_covered = day(last_day(p.month)) and p.flights is not null
    group by all
    having count(*) >= 3
),

far as (
    select w.*, r.recent_median, r.recent_low, r.recent_high, r.months, r.recent_doc_ids
    from written as w join recent as r using (destination, month)
    where r.origin_country is not distinct from w.origin_country
      and (w.flights > 2 * r.recent_median + 10 or (r.recent_median >= 8 and w.flights < r.recent_median / 4))
)

select
    f.origin_country, f.destination, f.month,
    min(d.doc_id) as doc_id, min(d.source_uri) as source_uri,
    coalesce(f.origin_country, 'all origins') || ' > ' || f.destination || ' ' || strftime(f.month, '%Y-%m') || ': ' || f.flights
        || ' flights against ' || f.recent_low || '-' || f.recent_high || ' (median ' || round(f.recent_median)::bigint || ') in the ' || f.months
        || ' months before; by ' || string_agg(distinct coalesce(d.publisher, 'no publisher') || ' (' || d.source_uri || ')', ', ')
        || '; months before by ' || (
            select string_agg(distinct coalesce(b.publisher, 'no publisher') || ' (' || b.source_uri || ')', ', ')
            from documents as b where list_contains(f.recent_doc_ids, b.doc_id)
        ) as detail
from far as f
cross join unnest(f.doc_ids) as u(doc_id)
join documents as d on d.doc_id = u.doc_id
group by f.origin_country, f.destination, f.month, f.flights, f.recent_low, f.recent_high, f.recent_median, f.months, f.recent_doc_ids
