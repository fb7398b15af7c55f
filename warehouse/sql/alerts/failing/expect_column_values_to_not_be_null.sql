select * from ({relation_sql}) as audited where {column} is null;
