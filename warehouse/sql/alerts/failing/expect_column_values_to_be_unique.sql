select * from ({relation_sql}) as audited where {column} is not null qualify count(*) over (partition by {column}) > 1;
