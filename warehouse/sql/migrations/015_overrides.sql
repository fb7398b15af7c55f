-- Analysts' figures for one route, status and month (flightwatch override): kept with who, when and
-- why; reconciliation puts them in monthly_flights (method analyst_override) while they are in force.
create table overrides (
    override_id      varchar not null,
    origin_country   varchar,
    destination      varchar not null,
    month            date not null,
    status           varchar not null,
    flights          bigint not null,
    reason           varchar not null,
    requested_by     varchar,
    requested_at     timestamptz not null,
    run_id           varchar not null,
    withdrawn_at     timestamptz,
    withdrawn_run_id varchar
);
