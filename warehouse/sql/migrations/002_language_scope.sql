-- Which documents had their prose extracted (English and Spanish) and, per run, how many did not.
alter table documents add column prose_extracted boolean not null default true;
alter table pipeline_runs add column docs_prose_skipped bigint not null default 0;
